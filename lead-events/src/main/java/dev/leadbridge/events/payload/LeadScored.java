package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.scored.v1}: a lead was (re-)scored after capture, a touchpoint, decay or a model change.
 *
 * @param modelVersion  the scoring-model version used, so scores stay explainable after the model changes
 * @param previousTotal the total before this scoring; absent on the first
 * @param pAccept       how likely sales is to accept the lead; absent while no acceptance model has been learned
 * @param pWin          how likely the lead is to be won; absent while no win model has been learned
 */
public record LeadScored(UUID leadId, int modelVersion, Score score, Integer previousTotal, Instant scoredAt,
                         ConversionPrediction pAccept, ConversionPrediction pWin) {

    public LeadScored {
        Checks.required(leadId, "leadId");
        Checks.required(score, "score");
        Checks.required(scoredAt, "scoredAt");
    }
}
