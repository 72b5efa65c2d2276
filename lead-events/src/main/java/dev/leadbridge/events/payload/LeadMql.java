package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.mql.v1}: marketing qualified the lead and hands it to sales. Carries grade and channel so
 * routing and reports need not look them up.
 *
 * @param qualificationCycle the qualification cycle this event belongs to: 1 from capture on, one more with each
 *                           recycling; absent in events written before cycles were numbered
 */
public record LeadMql(
        UUID leadId,
        int modelVersion,
        int total,
        Grade grade,
        MqlReason reason,
        Instant qualifiedAt,
        Channel channel,
        String campaign,
        Integer qualificationCycle) {

    public LeadMql {
        Checks.required(leadId, "leadId");
        Checks.required(grade, "grade");
        Checks.required(reason, "reason");
        Checks.required(qualifiedAt, "qualifiedAt");
        Checks.required(channel, "channel");
    }

    /** An MQL of a lead whose qualification cycle is not stated. */
    public LeadMql(UUID leadId, int modelVersion, int total, Grade grade, MqlReason reason, Instant qualifiedAt,
                   Channel channel, String campaign) {
        this(leadId, modelVersion, total, grade, reason, qualifiedAt, channel, campaign, null);
    }
}
