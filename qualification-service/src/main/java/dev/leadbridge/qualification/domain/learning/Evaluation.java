package dev.leadbridge.qualification.domain.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How good predicted probabilities are against the outcomes that happened: how well they rank (AUC), how well they
 * score (log loss) and whether they mean what they say (calibration), beside the base rate a model must beat.
 */
public final class Evaluation {

    /** Predictions are kept this far from 0 and 1 in the log loss, so one confident miss costs a lot, not infinity. */
    static final double EPSILON = 1e-15;

    private Evaluation() {
    }

    /**
     * One tenth (or other share) of the predictions, by predicted probability.
     *
     * @param from      the lowest probability the bin takes (inclusive)
     * @param to        the highest (exclusive, but inclusive for the last bin)
     * @param predicted the mean predicted probability of its examples; null for an empty bin
     * @param actual    the share of positive outcomes among them; null for an empty bin
     */
    public record CalibrationBin(double from, double to, int examples, Double predicted, Double actual) {
    }

    /**
     * @param baseRate the share of positive outcomes: what predicting it for everyone scores
     * @param auc      the chance that a random positive is ranked above a random negative (0.5: no better than
     *                 chance); null without both kinds of outcome
     */
    public record Metrics(int examples, int positives, double baseRate, Double auc, double logLoss,
                          double baseRateLogLoss, List<CalibrationBin> calibration) {
    }

    public static Metrics evaluate(double[] predicted, int[] actual, int bins) {
        requireSameLength(predicted, actual);
        int positives = (int) Arrays.stream(actual).filter(outcome -> outcome == 1).count();
        double baseRate = actual.length == 0 ? 0 : (double) positives / actual.length;
        double[] constant = new double[actual.length];
        Arrays.fill(constant, baseRate);
        return new Metrics(actual.length, positives, baseRate, auc(predicted, actual), logLoss(predicted, actual),
                logLoss(constant, actual), calibration(predicted, actual, bins));
    }

    /**
     * The area under the ROC curve by the rank-sum (Mann–Whitney) statistic, ties counting one half; null without
     * both positives and negatives.
     */
    public static Double auc(double[] predicted, int[] actual) {
        requireSameLength(predicted, actual);
        int n = predicted.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks from 1; tied predictions share their average rank
            for (int k = i; k <= j; k++) {
                if (actual[order[k]] == 1) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The mean negative log-likelihood of the outcomes under the predictions, natural log. */
    public static double logLoss(double[] predicted, int[] actual) {
        requireSameLength(predicted, actual);
        if (predicted.length == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = Math.min(1 - EPSILON, Math.max(EPSILON, predicted[i]));
            sum -= actual[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return sum / predicted.length;
    }

    /** Predictions in {@code bins} equal-width bins of probability, each with its mean prediction and actual rate. */
    public static List<CalibrationBin> calibration(double[] predicted, int[] actual, int bins) {
        requireSameLength(predicted, actual);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        int[] count = new int[bins];
        double[] predictedSum = new double[bins];
        int[] positiveCount = new int[bins];
        for (int i = 0; i < predicted.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor(predicted[i] * bins));
            count[bin]++;
            predictedSum[bin] += predicted[i];
            positiveCount[bin] += actual[i];
        }
        List<CalibrationBin> calibration = new ArrayList<>(bins);
        for (int bin = 0; bin < bins; bin++) {
            calibration.add(new CalibrationBin((double) bin / bins, (double) (bin + 1) / bins, count[bin],
                    count[bin] == 0 ? null : predictedSum[bin] / count[bin],
                    count[bin] == 0 ? null : (double) positiveCount[bin] / count[bin]));
        }
        return calibration;
    }

    private static void requireSameLength(double[] predicted, int[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " outcomes");
        }
        for (double p : predicted) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("predictions are probabilities between 0 and 1, one was " + p);
            }
        }
    }
}
