package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.reassigned.v1}: the lead got a new owner after an SLA escalation, a manager's decision or an
 * unavailable rep. The SLA clock restarts for the new owner; grade and channel pick its policy.
 *
 * @param previousOwnerId absent when the lead was waiting in a queue
 * @param actorId         the manager who reassigned; absent when the system did
 *
 * @param stage the stage the lead stays in (assigned, accepted or converted): only an assigned lead owes a first
 *              response, so only its new owner gets an SLA clock; absent in events written before accepted and
 *              converted leads could be reassigned, which were all assigned
 * @param routingVersion the version of the routing table routing chose the new owner under; absent when a manager
 *                       chose, and in events written before versions were named
 * @param rosterVersion  the version of the roster the new owner was chosen from; absent as {@code routingVersion} is
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
        Instant reassignedAt,
        LifecycleStage stage,
        Integer routingVersion,
        Integer rosterVersion) {

    public LeadReassigned {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.required(reason, "reason");
        Checks.required(channel, "channel");
        Checks.required(reassignedAt, "reassignedAt");
    }

    /** A reassignment of an assigned lead (the stage not stated). */
    public LeadReassigned(UUID leadId, String previousOwnerId, String ownerId, String teamId,
                          ReassignmentReason reason, String actorId, Grade grade, Channel channel,
                          Instant reassignedAt) {
        this(leadId, previousOwnerId, ownerId, teamId, reason, actorId, grade, channel, reassignedAt, null, null, null);
    }

    /** As written before versions were named. */
    public LeadReassigned(UUID leadId, String previousOwnerId, String ownerId, String teamId, ReassignmentReason reason,
                          String actorId, Grade grade, Channel channel, Instant reassignedAt, LifecycleStage stage) {
        this(leadId, previousOwnerId, ownerId, teamId, reason, actorId, grade, channel, reassignedAt, stage, null,
                null);
    }
}
