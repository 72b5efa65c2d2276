package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.assigned.v1}: routing gave the lead an owner, or queued it when no rep was available. The SLA
 * clock starts here; grade and channel pick its policy.
 *
 * @param ownerId       the rep, absent exactly when {@code queued}
 * @param queued        the lead waits in the team's queue for a rep
 * @param routingRuleId the routing rule that matched, if one did
 * @param grade         absent for a lead that entered late without a score
 * @param mqlReason     why the lead was qualified; absent for a late entry
 */
public record LeadAssigned(
        UUID leadId,
        String ownerId,
        String teamId,
        boolean queued,
        String routingRuleId,
        AssignmentReason reason,
        Grade grade,
        Channel channel,
        MqlReason mqlReason,
        Instant assignedAt) {

    public LeadAssigned {
        Checks.required(leadId, "leadId");
        Checks.required(reason, "reason");
        Checks.required(channel, "channel");
        Checks.required(assignedAt, "assignedAt");
        if (queued == (ownerId != null)) {
            throw new IllegalArgumentException("a queued lead has no ownerId and an assigned one has one");
        }
    }
}
