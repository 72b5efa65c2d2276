package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.escalated.v1}: a breached lead reached the next escalation step of its policy. For
 * {@link EscalationAction#REASSIGN} the qualification service picks the new owner and emits
 * {@link LeadReassigned}.
 *
 * @param ownerId the rep the clock runs against; absent for a queued lead
 * @param step    the escalation step, counted from 1
 * @param policyVersion the version of the SLA policies that chose the policy when the clock started; absent in events
 *                      written before versions were named
 */
public record SlaEscalated(
        UUID leadId,
        UUID timerId,
        String policyId,
        String ownerId,
        String teamId,
        int step,
        EscalationAction action,
        Instant escalatedAt,
        Integer policyVersion) {

    public SlaEscalated {
        Checks.required(leadId, "leadId");
        Checks.required(timerId, "timerId");
        Checks.requiredText(policyId, "policyId");
        if (step < 1) {
            throw new IllegalArgumentException("step counts from 1, was " + step);
        }
        Checks.required(action, "action");
        Checks.required(escalatedAt, "escalatedAt");
    }

    /** As written before versions were named. */
    public SlaEscalated(UUID leadId, UUID timerId, String policyId, String ownerId, String teamId, int step,
                        EscalationAction action, Instant escalatedAt) {
        this(leadId, timerId, policyId, ownerId, teamId, step, action, escalatedAt, null);
    }
}
