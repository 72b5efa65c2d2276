package dev.leadbridge.qualification.domain.learning;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted logistic regression: the probability of the positive outcome is {@code 1 / (1 + e^-(b0 + w·x))}. Each
 * weight is the change in log-odds per unit of its feature, which is what makes the model explainable: a lead's
 * factors are the weights times how far its features lie from the training average.
 */
public final class LogisticModel {

    private final double intercept;
    private final double[] weights;

    public LogisticModel(double intercept, double[] weights) {
        this.intercept = intercept;
        this.weights = Objects.requireNonNull(weights, "weights").clone();
        for (double weight : this.weights) {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite numbers");
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("the intercept must be a finite number");
        }
    }

    public double intercept() {
        return intercept;
    }

    public double[] weights() {
        return weights.clone();
    }

    public int features() {
        return weights.length;
    }

    double weight(int feature) {
        return weights[feature];
    }

    /** The log-odds of the positive outcome for the example. */
    public double logit(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + x.length);
        }
        double sum = intercept;
        for (int j = 0; j < x.length; j++) {
            sum += weights[j] * x[j];
        }
        return sum;
    }

    public double probability(double[] x) {
        return sigmoid(logit(x));
    }

    static double sigmoid(double logit) {
        // split so that neither branch overflows for large |logit|
        if (logit >= 0) {
            return 1 / (1 + Math.exp(-logit));
        }
        double e = Math.exp(logit);
        return e / (1 + e);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogisticModel model && Double.compare(intercept, model.intercept) == 0
                && Arrays.equals(weights, model.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(intercept) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LogisticModel[intercept=" + intercept + ", weights=" + Arrays.toString(weights) + "]";
    }
}
