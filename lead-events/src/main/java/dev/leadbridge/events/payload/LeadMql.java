package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.mql.v1}: marketing qualified the lead and hands it to sales. Carries grade and channel so
 * routing and reports need not look them up.
 */
public record LeadMql(
        UUID leadId,
        int modelVersion,
        int total,
        Grade grade,
        MqlReason reason,
        Instant qualifiedAt,
        Channel channel,
        String campaign) {

    public LeadMql {
        Checks.required(leadId, "leadId");
        Checks.required(grade, "grade");
        Checks.required(reason, "reason");
        Checks.required(qualifiedAt, "qualifiedAt");
        Checks.required(channel, "channel");
    }
}
