package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.warning.v1}: a lead's SLA clock passed its policy's warn-at fraction without a decision, so
 * the owner can still act in time.
 *
 * @param timerId  the SLA clock; a reassigned lead gets a new one
 * @param policyId the SLA policy that set the due time
 * @param ownerId  the rep the clock runs against; absent for a queued lead
 * @param policyVersion the version of the SLA policies that chose the policy when the clock started; absent in events
 *                      written before versions were named
 */
public record SlaWarning(
        UUID leadId,
        UUID timerId,
        String policyId,
        String ownerId,
        String teamId,
        Instant startedAt,
        Instant dueAt,
        Instant warnedAt,
        Integer policyVersion) {

    public SlaWarning {
        Checks.required(leadId, "leadId");
        Checks.required(timerId, "timerId");
        Checks.requiredText(policyId, "policyId");
        Checks.required(startedAt, "startedAt");
        Checks.required(dueAt, "dueAt");
        Checks.required(warnedAt, "warnedAt");
    }

    /** As written before versions were named. */
    public SlaWarning(UUID leadId, UUID timerId, String policyId, String ownerId, String teamId, Instant startedAt,
                      Instant dueAt, Instant warnedAt) {
        this(leadId, timerId, policyId, ownerId, teamId, startedAt, dueAt, warnedAt, null);
    }
}
