package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.events.payload.ConversionPrediction;

/**
 * What the conversion models said of a lead when it was scored: how likely sales is to accept it and to win it, each
 * with its model version and largest factors; either is absent while its outcome has no learned model.
 */
public record ConversionOutlook(ConversionPrediction pAccept, ConversionPrediction pWin) {

    /** Nothing learned yet. */
    public static final ConversionOutlook NONE = new ConversionOutlook(null, null);

    public boolean isEmpty() {
        return pAccept == null && pWin == null;
    }
}
