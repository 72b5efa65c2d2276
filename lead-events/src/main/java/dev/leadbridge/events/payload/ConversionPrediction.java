package dev.leadbridge.events.payload;

import java.util.List;

/**
 * How likely the lead is to reach one outcome (sales accepts it, or wins it), as learned from this deployment's own
 * judged leads, with the signals that moved it most.
 *
 * @param probability  between 0 and 1
 * @param modelVersion the conversion-model version that predicted it
 * @param topFactors   the largest pushes on this lead's log-odds against the average judged lead's, largest first
 */
public record ConversionPrediction(double probability, int modelVersion, List<ConversionFactor> topFactors) {

    public ConversionPrediction {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
        }
        topFactors = topFactors == null ? List.of() : List.copyOf(topFactors);
    }
}
