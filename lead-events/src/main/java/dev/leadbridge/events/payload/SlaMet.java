package dev.leadbridge.events.payload;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.met.v1}: the SLA clock stopped because sales decided on the lead. Emitted even when the
 * decision came late ({@code breached}), so compliance figures see every clock's end and time to accept.
 *
 * @param ownerId         the rep the clock ran against; absent for a queued lead
 * @param elapsedBusiness time from start to stop within business hours, whole seconds
 * @param elapsedWall     wall-clock time from start to stop, whole seconds
 * @param breached        the decision came after {@code dueAt}
 * @param policyVersion the version of the SLA policies that chose the policy when the clock started; absent in events
 *                      written before versions were named
 */
public record SlaMet(
        UUID leadId,
        UUID timerId,
        String policyId,
        String ownerId,
        String teamId,
        SlaOutcome outcome,
        Instant startedAt,
        Instant dueAt,
        Instant stoppedAt,
        Duration elapsedBusiness,
        Duration elapsedWall,
        boolean breached,
        Integer policyVersion) {

    public SlaMet {
        Checks.required(leadId, "leadId");
        Checks.required(timerId, "timerId");
        Checks.requiredText(policyId, "policyId");
        Checks.required(outcome, "outcome");
        Checks.required(startedAt, "startedAt");
        Checks.required(dueAt, "dueAt");
        Checks.required(stoppedAt, "stoppedAt");
        elapsedBusiness = Checks.wholeSeconds(elapsedBusiness, "elapsedBusiness");
        elapsedWall = Checks.wholeSeconds(elapsedWall, "elapsedWall");
    }

    /** As written before versions were named. */
    public SlaMet(UUID leadId, UUID timerId, String policyId, String ownerId, String teamId, SlaOutcome outcome,
                  Instant startedAt, Instant dueAt, Instant stoppedAt, Duration elapsedBusiness, Duration elapsedWall,
                  boolean breached) {
        this(leadId, timerId, policyId, ownerId, teamId, outcome, startedAt, dueAt, stoppedAt, elapsedBusiness,
                elapsedWall, breached, null);
    }
}
