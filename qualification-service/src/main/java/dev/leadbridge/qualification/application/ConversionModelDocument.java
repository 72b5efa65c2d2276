package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.learning.ConversionModel;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.Evaluation;
import dev.leadbridge.qualification.domain.learning.FeatureEncoding;
import dev.leadbridge.qualification.domain.learning.LeadSignals;
import dev.leadbridge.qualification.domain.learning.LogisticModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trained conversion model as a self-contained JSON document, the form in which it is stored, exported and
 * imported: everything needed to score a lead identically anywhere, and how the model was made and how good it was.
 * <p>
 * To score a lead by hand: compute its signals ({@link LeadSignals}); for each feature take 1 if its category has the
 * feature's {@code level} (a value without a feature of its own counts as {@code (other)}), or, for a number
 * ({@code level} absent), {@code (value − mean) / scale}; the log-odds are {@code intercept + Σ weight × x}; the
 * probability is {@code 1 / (1 + e^−logodds)}. A factor of a lead is {@code weight × (x − average)}.
 *
 * @param format   {@value #FORMAT}: this shape
 * @param outcome  {@code accepted} (sales accepts rather than rejects) or {@code won} (won rather than lost)
 * @param training how the model was made; informative, not needed to score
 * @param holdOut  how it did on the leads it did not learn from; informative, not needed to score
 */
@Schema(description = "A conversion model: features with their encoding and weights, the training it came from and "
        + "its hold-out metrics")
public record ConversionModelDocument(String format, String outcome, Instant trainedAt, Training training,
                                      double intercept, List<Weight> features, Evaluation.Metrics holdOut) {

    public static final String FORMAT = "leadbridge.conversion-model.v1";

    /**
     * @param from          the earliest MQL moment among the training leads
     * @param to            the latest
     * @param examples      leads trained on (the hold-out left out)
     * @param positives     leads with the outcome, hold-out included
     * @param negatives     leads without it, hold-out included
     */
    public record Training(Instant from, Instant to, int examples, int positives, int negatives, double l2,
                           double holdOutShare, long seed, int minLevelCount) {
    }

    /** One feature: its encoding and its weight in log-odds per unit of the encoded value. */
    public record Weight(String signal, String level, double mean, double scale, double average, double weight) {
    }

    public static ConversionModelDocument of(ConversionOutcome outcome, ConversionModel model, Instant trainedAt,
                                             Training training, Evaluation.Metrics holdOut) {
        List<FeatureEncoding.Feature> features = model.encoding().features();
        double[] weights = model.model().weights();
        List<Weight> encoded = new ArrayList<>(features.size());
        for (int j = 0; j < features.size(); j++) {
            FeatureEncoding.Feature feature = features.get(j);
            encoded.add(new Weight(feature.signal(), feature.level(), feature.mean(), feature.scale(),
                    feature.average(), weights[j]));
        }
        return new ConversionModelDocument(FORMAT, outcome.wire(), trainedAt, training, model.model().intercept(),
                encoded, holdOut);
    }

    /** Which outcome the document predicts. */
    public ConversionOutcome predicts() {
        return ConversionOutcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The model the document describes.
     *
     * @throws InvalidDocumentException listing every problem: another format, an unknown outcome, no features, a
     *                                  feature reading a signal this service does not compute, a feature twice, or
     *                                  a number that is missing or not finite
     */
    public ConversionModel toDomain() {
        InvalidDocumentException.throwIfAny("the conversion model", problems());
        List<FeatureEncoding.Feature> encoding = new ArrayList<>(features.size());
        double[] weights = new double[features.size()];
        for (int j = 0; j < features.size(); j++) {
            Weight feature = features.get(j);
            encoding.add(new FeatureEncoding.Feature(feature.signal(), feature.level(), feature.mean(),
                    feature.scale(), feature.average()));
            weights[j] = feature.weight();
        }
        return new ConversionModel(new FeatureEncoding(encoding), new LogisticModel(intercept, weights));
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            problems.add("format must be " + FORMAT + ", was " + format);
        }
        if (outcome == null || !Set.of("accepted", "won").contains(outcome)) {
            problems.add("outcome must be accepted or won, was " + outcome);
        }
        if (!Double.isFinite(intercept)) {
            problems.add("intercept must be a finite number");
        }
        if (features == null || features.isEmpty()) {
            problems.add("features must list at least one feature");
            return problems;
        }
        Set<String> known = LeadSignals.signals();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < features.size(); j++) {
            Weight feature = features.get(j);
            String path = "features[" + j + "]";
            if (feature == null) {
                problems.add(path + " must not be null");
                continue;
            }
            if (!known.contains(feature.signal())) {
                problems.add(path + ".signal '" + feature.signal() + "' is no signal this service computes "
                        + known);
            } else if (LeadSignals.CATEGORIES.contains(feature.signal()) != (feature.level() != null)) {
                problems.add(path + ".level must be given for a category and absent for a number");
            }
            if (!seen.add(feature.signal() + "=" + feature.level())) {
                problems.add(path + " repeats " + feature.signal() + (feature.level() == null ? ""
                        : "=" + feature.level()));
            }
            if (!(feature.scale() > 0) || !Double.isFinite(feature.scale())) {
                problems.add(path + ".scale must be a positive number");
            }
            if (!Double.isFinite(feature.mean()) || !Double.isFinite(feature.average())
                    || !Double.isFinite(feature.weight())) {
                problems.add(path + ": mean, average and weight must be finite numbers");
            }
        }
        return problems;
    }
}
