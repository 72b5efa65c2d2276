package dev.leadbridge.sla.domain.policy;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import dev.leadbridge.events.payload.EscalationAction;
import java.time.Duration;
import java.util.List;

/**
 * How fast sales must accept (or reject) the leads a policy covers, and what happens when it does not: a warning at
 * a fraction of the allowed time, a breach at the due instant, then escalation steps.
 * <p>
 * The constructor keeps what it is given (a missing match is {@link MatchCriteria#ANY}, a missing calendar the owner's
 * team's) so that {@link #validate()} can list every problem; only a valid policy goes into a {@link PolicySelector}.
 *
 * @param acceptWithin    the time allowed from assignment to acceptance, in {@code mode}
 * @param warnAtFraction  the share of {@code acceptWithin} after which the owner is warned, strictly between 0 and 1
 * @param calendar        the calendar business time runs on; also what elapsed business time is reported against for
 *                        a {@link TimeMode#WALL} policy
 * @param escalationSteps in order of {@link EscalationStep#afterDue}, step numbers counting from 1
 */
public record SlaPolicy(
        String id,
        MatchCriteria match,
        Duration acceptWithin,
        TimeMode mode,
        double warnAtFraction,
        CalendarChoice calendar,
        List<EscalationStep> escalationSteps) {

    public SlaPolicy {
        match = match == null ? MatchCriteria.ANY : match;
        calendar = calendar == null ? CalendarChoice.ownersTeam() : calendar;
        escalationSteps = Lenient.list(escalationSteps);
    }

    /** Every problem with this policy, each starting with the offending field; empty when it can be used. */
    public List<String> validate() {
        Problems problems = new Problems();
        validate(problems, "");
        return problems.list();
    }

    /** The time after which the owner is warned: {@code warnAtFraction} of {@code acceptWithin}, to the nanosecond. */
    public Duration warnAfter() {
        return Duration.ofNanos(Math.round(acceptWithin.toNanos() * warnAtFraction));
    }

    void validate(Problems problems, String prefix) {
        problems.requireText(id, prefix + "id");
        match.validate(problems, prefix + "match");
        if (problems.require(acceptWithin, prefix + "acceptWithin")) {
            problems.check(!acceptWithin.isNegative() && !acceptWithin.isZero(), "%sacceptWithin is %s; it must be positive", prefix,
                    acceptWithin);
        }
        problems.require(mode, prefix + "mode");
        problems.check(warnAtFraction > 0 && warnAtFraction < 1,
                "%swarnAtFraction is %s; it must lie strictly between 0 and 1", prefix, warnAtFraction);
        if (calendar instanceof CalendarChoice.Named named) {
            problems.requireText(named.calendarId(), prefix + "calendar.calendarId");
        }
        validateSteps(problems, prefix + "escalationSteps");
    }

    private void validateSteps(Problems problems, String path) {
        problems.each(escalationSteps, path, (step, stepPath) -> {
            problems.require(step.action(), stepPath + ".action");
            if (problems.require(step.afterDue(), stepPath + ".afterDue")) {
                problems.check(!step.afterDue().isNegative(), "%s.afterDue is %s; it must not be negative",
                        stepPath, step.afterDue());
            }
        });
        for (int i = 1; i < escalationSteps.size(); i++) {
            EscalationStep previous = escalationSteps.get(i - 1);
            EscalationStep step = escalationSteps.get(i);
            if (previous == null || step == null) {
                continue;
            }
            problems.check(previous.action() != EscalationAction.REASSIGN,
                    "%s[%d] follows a reassign and would never run: reassigning starts a new clock", path, i);
            problems.check(previous.afterDue() == null || step.afterDue() == null
                            || step.afterDue().compareTo(previous.afterDue()) > 0,
                    "%s[%d].afterDue is %s; steps must come strictly later than the one before (%s)",
                    path, i, step.afterDue(), previous.afterDue());
        }
    }
}
