package dev.leadbridge.sla.domain.clock;

import dev.leadbridge.sla.domain.policy.TimeMode;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A running acceptance clock seen through the instants it has stored, for pausing it without its policy: policies may
 * have been replaced since the clock started, and a running clock keeps the allowance it started with. Each stored
 * instant (warning, due, escalation) stands for the amount of clock time it lies after the start; when a pause ends,
 * the instant moves so that it keeps that amount with the pause left out. Since {@link BusinessTime} is additive, this
 * is exactly what {@link AcceptanceClock} computes from the policy with the same pauses.
 *
 * @param clockTime business time on the clock's calendar, or {@link BusinessTime#WALL} for a wall-time clock
 */
public record ClockTimeline(BusinessTime clockTime, Instant startedAt) {

    public ClockTimeline {
        Objects.requireNonNull(clockTime, "clockTime");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The timeline of a clock running in {@code mode} on {@code calendar}. */
    public static ClockTimeline of(TimeMode mode, BusinessCalendar calendar, Instant startedAt) {
        return new ClockTimeline(mode == TimeMode.WALL ? BusinessTime.WALL : new BusinessTime(calendar), startedAt);
    }

    /**
     * Where an instant scheduled under the pauses {@code before} lands under {@code after}: the same clock time after
     * the start, paused time left out.
     *
     * @param after {@code before} plus the pause that just ended (or any other superset of it)
     */
    public Instant rescheduled(Instant scheduled, List<Pause> before, List<Pause> after) {
        return clockTime.add(startedAt, clockTime.between(startedAt, scheduled, before), after);
    }
}
