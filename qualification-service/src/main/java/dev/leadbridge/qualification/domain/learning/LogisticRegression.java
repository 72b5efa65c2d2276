package dev.leadbridge.qualification.domain.learning;

import java.util.Objects;

/**
 * Fits an L2-regularised logistic regression by Newton's method (iteratively reweighted least squares): each step
 * solves {@code H·Δ = g} for the penalised log-likelihood's gradient {@code g} and Hessian {@code H} by Cholesky
 * decomposition. The penalised log-likelihood is strictly concave for {@code l2 > 0}, so the optimum is unique and
 * Newton reaches it in a handful of steps; a step that would lower the likelihood is halved, which keeps an
 * unpenalised fit on nearly separable data from overshooting. The intercept is not penalised, so the model's average
 * prediction matches the training base rate.
 * <p>
 * Cost per step: {@code O(n·d²)} for the Hessian and {@code O(d³)} for the solve, for {@code n} examples of {@code d}
 * features; a few dozen one-hot and numeric features over 100,000 examples take seconds on one core.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /**
     * How to fit.
     *
     * @param l2            the penalty on the squared weights (not the intercept); 0 for plain maximum likelihood
     * @param maxIterations Newton steps at most
     * @param tolerance     stop once no coefficient moves by more than this in a step
     */
    public record Options(double l2, int maxIterations, double tolerance) {

        public static final Options DEFAULT = new Options(1.0, 50, 1e-8);

        public Options {
            if (!(l2 >= 0) || maxIterations < 1 || !(tolerance > 0)) {
                throw new IllegalArgumentException("l2 >= 0, maxIterations >= 1 and tolerance > 0, were " + l2 + ", "
                        + maxIterations + ", " + tolerance);
            }
        }
    }

    /** The fitted model and how the fit went. */
    public record Fit(LogisticModel model, int iterations, boolean converged, double logLikelihood) {
    }

    /**
     * Fits the model to the examples: row {@code i} of {@code x} has outcome {@code y[i]} (1 positive, 0 negative).
     *
     * @throws IllegalArgumentException for no examples, rows of different lengths, outcomes other than 0 and 1, or
     *                                  values that are not finite
     */
    public static Fit fit(double[][] x, int[] y, Options options) {
        Objects.requireNonNull(options, "options");
        int d = requireValid(x, y);
        int p = d + 1; // the intercept is coefficient 0
        double[] beta = new double[p];
        double current = penalisedLogLikelihood(x, y, beta, options.l2());
        int iteration = 0;
        boolean converged = false;
        while (iteration < options.maxIterations() && !converged) {
            iteration++;
            double[] step = newtonStep(x, y, beta, options.l2());
            double scale = 1;
            double[] next = plus(beta, step, scale);
            double candidate = penalisedLogLikelihood(x, y, next, options.l2());
            while (candidate < current - 1e-12 && scale > 1e-6) {
                scale /= 2;
                next = plus(beta, step, scale);
                candidate = penalisedLogLikelihood(x, y, next, options.l2());
            }
            converged = maxAbs(step) * scale < options.tolerance();
            beta = next;
            current = candidate;
        }
        double[] weights = new double[d];
        System.arraycopy(beta, 1, weights, 0, d);
        return new Fit(new LogisticModel(beta[0], weights), iteration, converged, current);
    }

    private static double[] newtonStep(double[][] x, int[] y, double[] beta, double l2) {
        int p = beta.length;
        double[] gradient = new double[p];
        double[][] hessian = new double[p][p];
        double[] row = new double[p];
        row[0] = 1;
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, row, 1, p - 1);
            double probability = LogisticModel.sigmoid(dot(beta, row));
            double residual = y[i] - probability;
            double weight = probability * (1 - probability);
            for (int j = 0; j < p; j++) {
                double rj = row[j];
                if (rj == 0) {
                    continue; // one-hot rows are mostly zeros
                }
                gradient[j] += residual * rj;
                double weighted = weight * rj;
                double[] hessianRow = hessian[j];
                for (int k = 0; k <= j; k++) {
                    hessianRow[k] += weighted * row[k];
                }
            }
        }
        for (int j = 1; j < p; j++) {
            gradient[j] -= l2 * beta[j];
            hessian[j][j] += l2;
        }
        for (int j = 0; j < p; j++) {
            hessian[j][j] += 1e-10; // keeps a feature that never varies from making H singular
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
        }
        return Cholesky.solve(hessian, gradient);
    }

    static double penalisedLogLikelihood(double[][] x, int[] y, double[] beta, double l2) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double logit = beta[0];
            for (int j = 0; j < x[i].length; j++) {
                logit += beta[j + 1] * x[i][j];
            }
            // log σ(z) = -log(1 + e^-z), computed without overflow either way
            sum += y[i] == 1 ? -log1pExp(-logit) : -log1pExp(logit);
        }
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return sum - l2 * penalty / 2;
    }

    static double log1pExp(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private static int requireValid(double[][] x, int[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many outcomes as examples, and at least one; were "
                    + x.length + " examples and " + y.length + " outcomes");
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("example " + i + " has " + x[i].length + " features, not " + d);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("outcome " + i + " is " + y[i] + ", not 0 or 1");
            }
            for (double value : x[i]) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("example " + i + " has a value that is not a finite number");
                }
            }
        }
        return d;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double[] plus(double[] beta, double[] step, double scale) {
        double[] next = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            next[j] = beta[j] + scale * step[j];
        }
        return next;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
