package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.events.payload.ConversionFactor;
import dev.leadbridge.events.payload.ConversionPrediction;
import java.util.Objects;

/**
 * The conversion models in use, each with the version it was published as: what every lead scored is told about its
 * chances. An outcome without a learned model predicts nothing.
 *
 * @param accept the model of sales accepting a lead; null before the first is learned or imported
 * @param win    the model of a lead being won; null likewise
 */
public record ConversionPredictors(InUse accept, InUse win) {

    /** Before any model is learned. */
    public static final ConversionPredictors NONE = new ConversionPredictors(null, null);

    /** How many factors a prediction names: enough to explain it on a lead's page, few enough to read. */
    static final int TOP_FACTORS = 5;

    /** Probabilities and contributions are published to this many decimals: finer says nothing to a reader. */
    private static final double ROUNDING = 10_000;

    /** A model and its published version. */
    public record InUse(int version, ConversionModel model) {

        public InUse {
            Objects.requireNonNull(model, "model");
        }
    }

    public boolean isEmpty() {
        return accept == null && win == null;
    }

    /** The lead's chances under each model in use. */
    public ConversionOutlook predict(LeadSignals.Example lead) {
        return isEmpty() ? ConversionOutlook.NONE : new ConversionOutlook(predict(accept, lead), predict(win, lead));
    }

    private static ConversionPrediction predict(InUse inUse, LeadSignals.Example lead) {
        if (inUse == null) {
            return null;
        }
        ConversionModel.Prediction prediction = inUse.model().predict(lead, TOP_FACTORS);
        return new ConversionPrediction(round(prediction.probability()), inUse.version(),
                prediction.topFactors().stream()
                        .map(factor -> new ConversionFactor(factor.feature(), round(factor.contribution())))
                        .toList());
    }

    private static double round(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }
}
