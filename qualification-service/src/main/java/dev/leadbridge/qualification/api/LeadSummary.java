package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.qualification.domain.learning.ConversionOutlook;
import dev.leadbridge.qualification.persistence.InboxLine;
import dev.leadbridge.qualification.persistence.LeadEntity;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of a rep's inbox: enough to pick the next lead and call it without opening it.
 *
 * @param slaDueAt when the first response is due, while the SLA clock runs against the owner
 * @param slaState {@code running} or {@code paused} (a manager held the clock; the due time moves when it resumes)
 */
public record LeadSummary(UUID leadId, String stage, String ownerId, String firstName, String lastName,
                          String companyName, String phone, String country, Integer scoreTotal, Grade grade,
                          Instant assignedAt,
                          @Schema(description = "when the first response is due, while the SLA clock runs against "
                                  + "the owner; absent once accepted") Instant slaDueAt,
                          @Schema(description = "`running` or `paused`; absent without a clock",
                                  enumeration = {"running", "paused"}) String slaState,
                          @Schema(description = "how likely sales is to accept the lead, learned from judged leads "
                                  + "(the lead's page names the model version and factors); absent without a model")
                          Double pAccept,
                          @Schema(description = "how likely the lead is to be won, likewise") Double pWin) {

    static LeadSummary of(InboxLine line) {
        LeadEntity lead = line.lead();
        ConversionOutlook outlook = LeadView.outlookOf(lead);
        return new LeadSummary(lead.id, lead.stage.wire(), lead.ownerId, lead.firstName, lead.lastName,
                lead.companyName, lead.phone, lead.country, lead.scoreTotal, lead.scoreGrade, lead.assignedAt,
                line.slaDueAt(), line.slaClock() == null ? null : line.slaClock().state.wire(),
                probabilityOf(outlook.pAccept()), probabilityOf(outlook.pWin()));
    }

    private static Double probabilityOf(ConversionPrediction prediction) {
        return prediction == null ? null : prediction.probability();
    }
}
