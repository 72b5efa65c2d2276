package dev.leadbridge.events.payload;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.breached.v1}: a lead was not accepted or rejected within its SLA.
 *
 * @param ownerId  the rep the clock runs against; absent for a queued lead
 * @param lateness how far past due the breach was detected, in business time, whole seconds
 */
public record SlaBreached(
        UUID leadId,
        UUID timerId,
        String policyId,
        String ownerId,
        String teamId,
        Instant dueAt,
        Instant breachedAt,
        Duration lateness) {

    public SlaBreached {
        Checks.required(leadId, "leadId");
        Checks.required(timerId, "timerId");
        Checks.requiredText(policyId, "policyId");
        Checks.required(dueAt, "dueAt");
        Checks.required(breachedAt, "breachedAt");
        lateness = Checks.wholeSeconds(lateness, "lateness");
    }
}
