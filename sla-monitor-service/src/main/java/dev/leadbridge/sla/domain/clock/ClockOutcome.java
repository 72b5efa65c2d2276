package dev.leadbridge.sla.domain.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * How an acceptance clock ended, as {@code sla.met} reports it.
 *
 * @param elapsed  from start to stop, less pauses, in business time on the clock's calendar and in wall time
 * @param breached the decision came after {@code dueAt}, that is: it took more than the policy allows
 * @param lateness how much more, in the policy's time mode; zero unless breached
 */
public record ClockOutcome(Instant dueAt, Instant stoppedAt, Elapsed elapsed, boolean breached, Duration lateness) {
}
