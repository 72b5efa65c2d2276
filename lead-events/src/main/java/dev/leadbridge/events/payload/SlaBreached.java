package dev.leadbridge.events.payload;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.breached.v1}: a lead was not accepted or rejected within its SLA.
 *
 * @param ownerId  the rep the clock runs against; absent for a queued lead
 * @param lateness how far past due the breach was detected, in business time, whole seconds
 * @param policyVersion the version of the SLA policies that chose the policy when the clock started; absent in events
 *                      written before versions were named
 */
public record SlaBreached(
        UUID leadId,
        UUID timerId,
        String policyId,
        String ownerId,
        String teamId,
        Instant dueAt,
        Instant breachedAt,
        Duration lateness,
        Integer policyVersion) {

    public SlaBreached {
        Checks.required(leadId, "leadId");
        Checks.required(timerId, "timerId");
        Checks.requiredText(policyId, "policyId");
        Checks.required(dueAt, "dueAt");
        Checks.required(breachedAt, "breachedAt");
        lateness = Checks.wholeSeconds(lateness, "lateness");
    }

    /** As written before versions were named. */
    public SlaBreached(UUID leadId, UUID timerId, String policyId, String ownerId, String teamId, Instant dueAt,
                       Instant breachedAt, Duration lateness) {
        this(leadId, timerId, policyId, ownerId, teamId, dueAt, breachedAt, lateness, null);
    }
}
