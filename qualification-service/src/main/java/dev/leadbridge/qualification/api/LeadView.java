package dev.leadbridge.qualification.api;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.domain.learning.ConversionOutlook;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as reps, managers and marketing see it: stage, owner, who it is, where it came from, and its history. */
public record LeadView(
        UUID leadId,
        String stage,
        String ownerId,
        Contact contact,
        Company company,
        String country,
        Source source,
        Instant capturedAt,
        ScoreView score,
        AssignmentView assignment,
        SalesView sales,
        List<StageChange> history) {

    /** What sales did with the lead: its last rejection, the opportunity it became and how that closed. */
    public record SalesView(RejectionReason rejectionReason, String rejectionNote, String opportunityId,
                            BigDecimal expectedAmount, String expectedCurrency, BigDecimal closedAmount,
                            String closedCurrency, String closeReason) {

        static SalesView of(LeadEntity lead) {
            return lead.rejectionReason == null && lead.opportunityId == null && lead.closedAmount == null
                    && lead.closeReason == null
                    ? null
                    : new SalesView(lead.rejectionReason, lead.rejectionNote, lead.opportunityId,
                            lead.expectedAmount, lead.expectedCurrency, lead.closedAmount, lead.closedCurrency,
                            lead.closeReason);
        }
    }

    /** The last routing decision, for the audit trail: team, rule, reason and why; absent before routing. */
    public record AssignmentView(boolean queued, String teamId, String ruleId, AssignmentReason reason,
                                 String explanation, Instant at) {

        static AssignmentView of(LeadEntity lead) {
            return lead.teamId == null ? null : new AssignmentView(lead.ownerId == null, lead.teamId,
                    lead.routingRuleId, lead.assignmentReason, lead.assignmentExplanation, lead.assignedAt);
        }
    }

    /**
     * The current score and the model version it was computed with, and what the conversion models learned from
     * sales' judgements said with it; absent before the first scoring.
     */
    public record ScoreView(int total, int fit, int engagement, Grade grade, List<ScoreContribution> breakdown,
                            Integer modelVersion, Instant scoredAt,
                            @Schema(description = "how likely sales is to accept the lead, with the model version and "
                                    + "the signals that moved it most; absent while no acceptance model was learned")
                            ConversionPrediction pAccept,
                            @Schema(description = "how likely the lead is to be won, likewise; absent while no win "
                                    + "model was learned")
                            ConversionPrediction pWin) {

        static ScoreView of(LeadEntity lead) {
            if (lead.scoreJson == null) {
                return null;
            }
            Score score = EventJson.read(lead.scoreJson, Score.class);
            ConversionOutlook outlook = outlookOf(lead);
            return new ScoreView(score.total(), score.fit(), score.engagement(), score.grade(), score.breakdown(),
                    lead.scoreModelVersion, lead.scoredAt, outlook.pAccept(), outlook.pWin());
        }
    }

    static ConversionOutlook outlookOf(LeadEntity lead) {
        return lead.conversionJson == null ? ConversionOutlook.NONE
                : EventJson.read(lead.conversionJson, ConversionOutlook.class);
    }

    public record Contact(String email, String firstName, String lastName, String phone, String jobTitle) {
    }

    public record Company(String name, String domain, Integer size, String industry) {
    }

    public record Source(Channel channel, String campaign) {
    }

    /**
     * One step of the lead's history: the stage it reached (and left; absent for its entry), who took the step (absent
     * when the service did), who owned the lead afterwards, and the event that announced it.
     */
    public record StageChange(String stage, String from, String actorId, String ownerId, Instant at, UUID eventId) {

        static StageChange of(LeadStageChangeEntity change) {
            return new StageChange(change.stage.wire(), change.fromStage == null ? null : change.fromStage.wire(),
                    change.actorId, change.ownerId, change.changedAt, change.eventId);
        }
    }

    /** The lead as marketing reads it: everything but how to reach the person (e-mail, phone, name). */
    LeadView withoutContact() {
        return new LeadView(leadId, stage, ownerId, null, company, country, source, capturedAt, score, assignment,
                sales, history);
    }

    static LeadView of(LeadWithHistory found) {
        var lead = found.lead();
        return new LeadView(lead.id, lead.stage.wire(), lead.ownerId,
                new Contact(lead.email, lead.firstName, lead.lastName, lead.phone, lead.jobTitle),
                new Company(lead.companyName, lead.companyDomain, lead.companySize, lead.industry),
                lead.country,
                new Source(lead.channel, lead.campaign),
                lead.capturedAt,
                ScoreView.of(lead),
                AssignmentView.of(lead),
                SalesView.of(lead),
                found.history().stream().map(StageChange::of).toList());
    }
}
