package dev.leadbridge.qualification.domain.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Predicted against actual, per segment: for each value of each dimension (channel, campaign, grade) the leads in
 * it, the mean probability the model gives them and the share that had the outcome. Where the two part, the model
 * (or the segment's recent history) is off, and marketing sees where.
 */
public final class SegmentCalibration {

    private SegmentCalibration() {
    }

    /** A judged lead: its value in each dimension, the model's probability, and what happened. */
    public record Judged(Map<String, String> segments, double predicted, boolean outcome) {

        public Judged {
            segments = Map.copyOf(segments);
        }
    }

    /**
     * @param predicted the mean probability the model gives the segment's leads
     * @param actual    the share of them that had the outcome
     */
    public record Line(String value, int leads, double predicted, double actual) {
    }

    /** Per dimension, its values' lines, by value. */
    public static Map<String, List<Line>> of(List<Judged> judged) {
        Map<String, Map<String, double[]>> tallies = new TreeMap<>(); // dimension -> value -> {n, Σp, Σy}
        for (Judged lead : judged) {
            lead.segments().forEach((dimension, value) -> {
                double[] tally = tallies.computeIfAbsent(dimension, any -> new TreeMap<>())
                        .computeIfAbsent(value == null ? "unknown" : value, any -> new double[3]);
                tally[0]++;
                tally[1] += lead.predicted();
                tally[2] += lead.outcome() ? 1 : 0;
            });
        }
        Map<String, List<Line>> lines = new TreeMap<>();
        tallies.forEach((dimension, values) -> {
            List<Line> dimensionLines = new ArrayList<>();
            values.forEach((value, tally) -> dimensionLines.add(new Line(value, (int) tally[0],
                    round(tally[1] / tally[0]), round(tally[2] / tally[0]))));
            lines.put(dimension, dimensionLines);
        });
        return lines;
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
