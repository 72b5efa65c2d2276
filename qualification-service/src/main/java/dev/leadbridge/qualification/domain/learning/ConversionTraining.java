package dev.leadbridge.qualification.domain.learning;

import java.util.List;
import java.util.Objects;

/**
 * Learns a {@link ConversionModel} from labelled leads and says how good it is on leads it did not learn from: a
 * stratified hold-out is set aside, the encoding and weights are learned from the rest, and the hold-out is scored.
 * Below a minimum of outcomes of each kind it does not train: a model from a handful of leads would be noise with a
 * confident face.
 */
public final class ConversionTraining {

    /** Calibration bins of the report. */
    public static final int CALIBRATION_BINS = 10;

    private ConversionTraining() {
    }

    /** A lead as the model sees it and what happened: 1 the outcome (accepted, won), 0 not. */
    public record Labelled(LeadSignals.Example example, int outcome) {

        public Labelled {
            Objects.requireNonNull(example, "example");
            if (outcome != 0 && outcome != 1) {
                throw new IllegalArgumentException("an outcome is 0 or 1, was " + outcome);
            }
        }
    }

    /**
     * @param minPerClass     outcomes of each kind needed to train at all
     * @param holdOutShare    share of each kind set aside to evaluate on
     * @param seed            the hold-out's random choice, so a training run can be repeated exactly
     * @param minLevelCount   a category's value needs this many training leads for its own weight
     */
    public record Options(int minPerClass, double holdOutShare, long seed, double l2, int minLevelCount) {

        public Options {
            if (minPerClass < 2 || !(holdOutShare > 0 && holdOutShare < 1) || !(l2 >= 0) || minLevelCount < 1) {
                throw new IllegalArgumentException("minPerClass >= 2, 0 < holdOutShare < 1, l2 >= 0 and "
                        + "minLevelCount >= 1");
            }
        }
    }

    /** What a training run gave. */
    public sealed interface Result {
    }

    /** Too few outcomes of one kind or both: no model. */
    public record NotEnoughOutcomes(int positives, int negatives, int needed) implements Result {
    }

    /**
     * A model and how it did on the hold-out.
     *
     * @param holdOut the metrics on leads the model never saw
     */
    public record Trained(ConversionModel model, int trainingExamples, int positives, int negatives,
                          Evaluation.Metrics holdOut, int iterations, boolean converged) implements Result {
    }

    public static Result train(List<Labelled> labelled, Options options) {
        int[] outcomes = labelled.stream().mapToInt(Labelled::outcome).toArray();
        int positives = 0;
        for (int outcome : outcomes) {
            positives += outcome;
        }
        int negatives = outcomes.length - positives;
        if (positives < options.minPerClass() || negatives < options.minPerClass()) {
            return new NotEnoughOutcomes(positives, negatives, options.minPerClass());
        }
        StratifiedSplit split = StratifiedSplit.of(outcomes, options.holdOutShare(), options.seed());
        List<LeadSignals.Example> training = split.training().stream().map(i -> labelled.get(i).example()).toList();
        FeatureEncoding encoding = FeatureEncoding.learn(training, options.minLevelCount());
        double[][] x = training.stream().map(encoding::encode).toArray(double[][]::new);
        int[] y = split.training().stream().mapToInt(i -> outcomes[i]).toArray();
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y,
                new LogisticRegression.Options(options.l2(), 50, 1e-8));
        ConversionModel model = new ConversionModel(encoding, fit.model());
        double[] predicted = split.holdOut().stream().mapToDouble(i -> model.probability(labelled.get(i).example()))
                .toArray();
        int[] actual = split.holdOut().stream().mapToInt(i -> outcomes[i]).toArray();
        return new Trained(model, training.size(), positives, negatives,
                Evaluation.evaluate(predicted, actual, CALIBRATION_BINS), fit.iterations(), fit.converged());
    }
}
