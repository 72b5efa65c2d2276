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
 * @param qualificationCycle the qualification cycle this event belongs to: 1 from capture on, one more with each
 *                           recycling; absent in events written before cycles were numbered
 * @param routingVersion the version of the routing table that chose the team; absent for a manager's hand-over, a late
 *                       entry and in events written before versions were named
 * @param rosterVersion  the version of the roster the owner was chosen from; absent as {@code routingVersion} is
 * @param territory      the routing table's territory the lead's country belongs to; absent when no territory names
 *                       it, for a manager's hand-over and in events written before territories were named
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
        Instant assignedAt,
        Integer qualificationCycle,
        Integer routingVersion,
        Integer rosterVersion,
        String territory) {

    public LeadAssigned {
        Checks.required(leadId, "leadId");
        Checks.required(reason, "reason");
        Checks.required(channel, "channel");
        Checks.required(assignedAt, "assignedAt");
        if (queued == (ownerId != null)) {
            throw new IllegalArgumentException("a queued lead has no ownerId and an assigned one has one");
        }
    }

    /** An assignment of a lead whose qualification cycle is not stated. */
    public LeadAssigned(UUID leadId, String ownerId, String teamId, boolean queued, String routingRuleId,
                        AssignmentReason reason, Grade grade, Channel channel, MqlReason mqlReason,
                        Instant assignedAt) {
        this(leadId, ownerId, teamId, queued, routingRuleId, reason, grade, channel, mqlReason, assignedAt, null, null,
                null, null);
    }

    /** As written before versions were named. */
    public LeadAssigned(UUID leadId, String ownerId, String teamId, boolean queued, String routingRuleId,
                        AssignmentReason reason, Grade grade, Channel channel, MqlReason mqlReason, Instant assignedAt,
                        Integer qualificationCycle) {
        this(leadId, ownerId, teamId, queued, routingRuleId, reason, grade, channel, mqlReason, assignedAt,
                qualificationCycle, null, null, null);
    }
}
