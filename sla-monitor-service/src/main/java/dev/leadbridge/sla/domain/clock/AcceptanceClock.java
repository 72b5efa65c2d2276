package dev.leadbridge.sla.domain.clock;

import dev.leadbridge.sla.domain.policy.EscalationStep;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.policy.TimeMode;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The maths of one lead's acceptance clock, from assignment to acceptance or rejection: when it warns, falls due and
 * escalates, and how it ended. The clock runs in its policy's time mode: business time on {@code calendarTime} for a
 * {@link TimeMode#BUSINESS} policy, wall time for a {@link TimeMode#WALL} one; pauses stop it in either.
 * <p>
 * Everything is computed from the arguments, so the caller stores start and pauses and recomputes the schedule when a
 * pause ends. Since every scheduled instant is open time, "breached" means the same whichever way it is asked: stopped
 * after the due instant, or more time elapsed than the policy allows.
 *
 * @param policy       a valid policy
 * @param calendarTime business time on the calendar the policy chose (named, or the owner's team's)
 * @param pauses       the clock's finished pauses; one still running is passed ending at the instant asked about
 */
public record AcceptanceClock(SlaPolicy policy, BusinessTime calendarTime, Instant startedAt, List<Pause> pauses) {

    public AcceptanceClock {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendarTime, "calendarTime");
        Objects.requireNonNull(startedAt, "startedAt");
        pauses = List.copyOf(pauses);
    }

    /** When the lead must have been accepted or rejected: {@code acceptWithin} of the clock's time after the start. */
    public Instant dueAt() {
        return clockTime().add(startedAt, policy.acceptWithin(), pauses);
    }

    /** When the owner is warned: {@code warnAtFraction} of the allowed time after the start. */
    public Instant warnAt() {
        return clockTime().add(startedAt, policy.warnAfter(), pauses);
    }

    /** Warning, due instant and escalations, for the caller to store as timers. */
    public ClockSchedule schedule() {
        Instant due = dueAt();
        List<ScheduledEscalation> escalations = new ArrayList<>();
        List<EscalationStep> steps = policy.escalationSteps();
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            escalations.add(new ScheduledEscalation(i + 1, step.action(),
                    clockTime().add(due, step.afterDue(), pauses)));
        }
        return new ClockSchedule(warnAt(), due, escalations);
    }

    /**
     * How far past due the clock is at the instant, in the clock's time; zero before the due instant. A breach timer
     * that fires late (after downtime) reports this as its lateness.
     */
    public Duration latenessAt(Instant instant) {
        return clockTime().between(dueAt(), instant, pauses);
    }

    /** The clock stopped by an accept or reject at {@code stoppedAt}; a stop at or before the start took no time. */
    public ClockOutcome stop(Instant stoppedAt) {
        Instant due = dueAt();
        return new ClockOutcome(due, stoppedAt, Elapsed.between(calendarTime, startedAt, stoppedAt, pauses),
                stoppedAt.isAfter(due), clockTime().between(due, stoppedAt, pauses));
    }

    private BusinessTime clockTime() {
        return policy.mode() == TimeMode.WALL ? BusinessTime.WALL : calendarTime;
    }
}
