package dev.leadbridge.qualification.domain.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A learned probability of one outcome (sales accepts the lead, or wins it) with its explanation: the encoding that
 * turns a lead into numbers and the logistic model that weighs them. A prediction names its largest factors: how far
 * each feature moves this lead's log-odds away from the average training lead's.
 */
public record ConversionModel(FeatureEncoding encoding, LogisticModel model) {

    public ConversionModel {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(model, "model");
        if (encoding.features().size() != model.features()) {
            throw new IllegalArgumentException("the encoding has " + encoding.features().size() + " features and the "
                    + "model " + model.features() + " weights");
        }
    }

    /** A feature's push on this lead's log-odds, against the average lead's: positive raises the probability. */
    public record Factor(String feature, double contribution) {
    }

    public record Prediction(double probability, List<Factor> topFactors) {

        public Prediction {
            topFactors = List.copyOf(topFactors);
        }
    }

    /** The probability for the lead and its {@code factors} largest factors, largest push first. */
    public Prediction predict(LeadSignals.Example example, int factors) {
        double[] x = encoding.encode(example);
        List<Factor> all = new ArrayList<>(x.length);
        for (int j = 0; j < x.length; j++) {
            double contribution = model.weight(j) * (x[j] - encoding.features().get(j).average());
            if (contribution != 0) {
                all.add(new Factor(encoding.features().get(j).name(), contribution));
            }
        }
        all.sort(Comparator.comparingDouble((Factor factor) -> -Math.abs(factor.contribution()))
                .thenComparing(Factor::feature));
        return new Prediction(model.probability(x), all.subList(0, Math.min(factors, all.size())));
    }

    public double probability(LeadSignals.Example example) {
        return model.probability(encoding.encode(example));
    }
}
