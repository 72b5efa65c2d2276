package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.sla.clock.v1} on {@code sla.clocks}: the lead's acceptance clock as it stands now, announced each
 * time it starts, pauses, resumes (its due time moved) or ends. A state, not a change: the latest record per lead says
 * everything, which is why the topic is compacted.
 *
 * @param clockId   the clock; a new owner's clock has a new id
 * @param ownerId   the rep the clock runs against; absent for a queued lead
 * @param dueAt     when the first response is due; for a paused clock, as scheduled before the pause
 * @param changedAt when the clock reached this state; a reader keeps the latest
 * @param policyVersion the version of the SLA policies that chose the policy when the clock started; absent in events
 *                      written before versions were named
 */
public record SlaClock(
        UUID leadId,
        UUID clockId,
        String policyId,
        String ownerId,
        String teamId,
        SlaClockState state,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        Instant changedAt,
        Integer policyVersion) {

    public SlaClock {
        Checks.required(leadId, "leadId");
        Checks.required(clockId, "clockId");
        Checks.requiredText(policyId, "policyId");
        Checks.required(state, "state");
        Checks.required(startedAt, "startedAt");
        Checks.required(warnAt, "warnAt");
        Checks.required(dueAt, "dueAt");
        Checks.required(changedAt, "changedAt");
    }

    /** As written before versions were named. */
    public SlaClock(UUID leadId, UUID clockId, String policyId, String ownerId, String teamId, SlaClockState state,
                    Instant startedAt, Instant warnAt, Instant dueAt, Instant changedAt) {
        this(leadId, clockId, policyId, ownerId, teamId, state, startedAt, warnAt, dueAt, changedAt, null);
    }
}
