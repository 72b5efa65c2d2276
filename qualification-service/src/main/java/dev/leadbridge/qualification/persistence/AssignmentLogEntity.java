package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One routing decision or reassignment, as announced by its event and never changed afterwards: the assignment audit
 * log. The rule and explanation come from the lead's decision, the rest from the event.
 */
@Entity
@Table(name = "lead_assignment")
public class AssignmentLogEntity {

    public static final String ASSIGNED = "assigned";
    public static final String REASSIGNED = "reassigned";

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Column(nullable = false, length = 10)
    public String kind;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(name = "previous_owner_id", length = 100)
    public String previousOwnerId;
    @Column(name = "team_id", length = 100)
    public String teamId;
    @Column(nullable = false)
    public boolean queued;
    @Column(name = "rule_id", length = 100)
    public String ruleId;
    @Column(nullable = false, length = 30)
    public String reason;
    @Column(columnDefinition = "text")
    public String explanation;
    @Column(name = "actor_id", length = 100)
    public String actorId;
    @Column(name = "routing_version")
    public Integer routingVersion;
    @Column(name = "roster_version")
    public Integer rosterVersion;

    static AssignmentLogEntity of(UUID eventId, LeadAssigned assigned, Lead.Assignment decision) {
        AssignmentLogEntity row = new AssignmentLogEntity();
        row.eventId = eventId;
        row.leadId = assigned.leadId();
        row.decidedAt = assigned.assignedAt();
        row.kind = ASSIGNED;
        row.ownerId = assigned.ownerId();
        row.teamId = assigned.teamId();
        row.queued = assigned.queued();
        row.ruleId = assigned.routingRuleId();
        row.reason = assigned.reason().wire();
        row.explanation = decision.explanation();
        row.routingVersion = assigned.routingVersion();
        row.rosterVersion = assigned.rosterVersion();
        return row;
    }

    static AssignmentLogEntity of(UUID eventId, LeadReassigned reassigned, Lead.Assignment decision) {
        AssignmentLogEntity row = new AssignmentLogEntity();
        row.eventId = eventId;
        row.leadId = reassigned.leadId();
        row.decidedAt = reassigned.reassignedAt();
        row.kind = REASSIGNED;
        row.ownerId = reassigned.ownerId();
        row.previousOwnerId = reassigned.previousOwnerId();
        row.teamId = reassigned.teamId();
        row.ruleId = decision.ruleId();
        row.reason = reassigned.reason().wire();
        row.explanation = decision.explanation();
        row.actorId = reassigned.actorId();
        row.routingVersion = reassigned.routingVersion();
        row.rosterVersion = reassigned.rosterVersion();
        return row;
    }
}
