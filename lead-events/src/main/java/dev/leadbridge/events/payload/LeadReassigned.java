package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.reassigned.v1}: the lead got a new owner after an SLA escalation, a manager's decision or an
 * unavailable rep. The SLA clock restarts for the new owner; grade and channel pick its policy.
 *
 * @param previousOwnerId absent when the lead was waiting in a queue
 * @param actorId         the manager who reassigned; absent when the system did
 */
public record LeadReassigned(
        UUID leadId,
        String previousOwnerId,
        String ownerId,
        String teamId,
        ReassignmentReason reason,
        String actorId,
        Grade grade,
        Channel channel,
        Instant reassignedAt) {

    public LeadReassigned {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.required(reason, "reason");
        Checks.required(channel, "channel");
        Checks.required(reassignedAt, "reassignedAt");
    }
}
