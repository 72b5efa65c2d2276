package dev.leadbridge.qualification.domain.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a lead's signals become the numbers a {@link LogisticModel} weighs, learned from the training examples and kept
 * with the model so that the same lead always encodes the same way, here or wherever the model is imported.
 * <ul>
 * <li>A category becomes one indicator per value seen at least {@code minCount} times in training, plus one for
 * {@value #OTHER}, which also takes values never seen; no value is left out as a reference, the penalty keeps the
 * indicators identifiable.</li>
 * <li>A number is standardised by its training mean and standard deviation, so that weights are comparable and the
 * penalty treats every number alike.</li>
 * </ul>
 * Each feature also keeps its training average after encoding, against which a lead's factors are measured.
 *
 */
public final class FeatureEncoding {

    /** The value of a category for the values too rare in training to weigh, and for those never seen. */
    public static final String OTHER = "(other)";

    private final List<Feature> features;
    /** Per category, the values that have their own indicator. */
    private final Map<String, Set<String>> knownLevels = new HashMap<>();

    /** @param features in the order of the model's weights */
    public FeatureEncoding(List<Feature> features) {
        this.features = List.copyOf(features);
        for (Feature feature : this.features) {
            if (feature.isIndicator() && !OTHER.equals(feature.level())) {
                knownLevels.computeIfAbsent(feature.signal(), signal -> new HashSet<>()).add(feature.level());
            }
        }
    }

    public List<Feature> features() {
        return features;
    }

    /**
     * One encoded feature.
     *
     * @param signal  the category or number it comes from ({@code seniority}, {@code count.page_view})
     * @param level   the category's value it indicates; null for a number
     * @param mean    subtracted from a number before scaling; 0 for an indicator
     * @param scale   a number is divided by it; 1 for an indicator
     * @param average the feature's mean over the training examples once encoded: the "average lead" factors are
     *                measured against
     */
    public record Feature(String signal, String level, double mean, double scale, double average) {

        public Feature {
            Objects.requireNonNull(signal, "signal");
            if (!(scale > 0) || !Double.isFinite(mean) || !Double.isFinite(average)) {
                throw new IllegalArgumentException("feature " + signal + ": scale must be positive and mean and "
                        + "average finite");
            }
        }

        /** {@code seniority=vp}, or the number's signal. */
        public String name() {
            return level == null ? signal : signal + "=" + level;
        }

        boolean isIndicator() {
            return level != null;
        }
    }

    /** The encoding of the examples: categories' values seen at least {@code minCount} times, numbers standardised. */
    public static FeatureEncoding learn(List<LeadSignals.Example> examples, int minCount) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("an encoding is learned from at least one example");
        }
        Map<String, Map<String, Integer>> valueCounts = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>(); // signal -> {n, sum, sum of squares}
        for (LeadSignals.Example example : examples) {
            example.categories().forEach((signal, value) -> valueCounts
                    .computeIfAbsent(signal, any -> new TreeMap<>()).merge(value, 1, Integer::sum));
            example.numbers().forEach((signal, value) -> {
                double[] sum = sums.computeIfAbsent(signal, any -> new double[3]);
                sum[0]++;
                sum[1] += value;
                sum[2] += value * value;
            });
        }
        List<Feature> features = new ArrayList<>();
        int n = examples.size();
        valueCounts.forEach((signal, counts) -> {
            int rare = 0;
            for (Map.Entry<String, Integer> value : counts.entrySet()) {
                if (value.getValue() >= minCount) {
                    features.add(new Feature(signal, value.getKey(), 0, 1, (double) value.getValue() / n));
                } else {
                    rare += value.getValue();
                }
            }
            features.add(new Feature(signal, OTHER, 0, 1, (double) rare / n));
        });
        sums.forEach((signal, sum) -> {
            double mean = sum[1] / sum[0];
            double variance = Math.max(0, sum[2] / sum[0] - mean * mean);
            double sd = Math.sqrt(variance);
            features.add(new Feature(signal, null, mean, sd > 1e-12 ? sd : 1, 0));
        });
        return new FeatureEncoding(features);
    }

    /** The example as the model's input, feature by feature; a number the example lacks counts as its mean. */
    public double[] encode(LeadSignals.Example example) {
        double[] x = new double[features.size()];
        for (int j = 0; j < x.length; j++) {
            Feature feature = features.get(j);
            if (feature.isIndicator()) {
                String value = example.categories().get(feature.signal());
                boolean seen = value != null && knownLevels.getOrDefault(feature.signal(), Set.of()).contains(value);
                String level = seen ? value : OTHER;
                x[j] = level.equals(feature.level()) ? 1 : 0;
            } else {
                Double value = example.numbers().get(feature.signal());
                x[j] = value == null || !Double.isFinite(value) ? 0 : (value - feature.mean()) / feature.scale();
            }
        }
        return x;
    }

    /** The names of the categories and numbers this encoding reads, for checking a model against an example. */
    public TreeSet<String> signals() {
        TreeSet<String> signals = new TreeSet<>();
        features.forEach(feature -> signals.add(feature.signal()));
        return signals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureEncoding encoding && features.equals(encoding.features);
    }

    @Override
    public int hashCode() {
        return features.hashCode();
    }
}
