package dev.leadbridge.sla.application;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.sla.domain.policy.CalendarChoice;
import dev.leadbridge.sla.domain.policy.EscalationStep;
import dev.leadbridge.sla.domain.policy.MatchCriteria;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.policy.TimeMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An SLA policy as the admin API and the stored document carry it. Empty {@code grades}, {@code channels} and
 * {@code mqlReasons} place no restriction; the one policy restricting none of them is the catch-all.
 *
 * @param acceptWithin   time allowed from assignment to acceptance, ISO-8601, e.g. {@code PT4H}
 * @param mode           {@code business} (only while the calendar is open) or {@code wall} (every instant)
 * @param warnAtFraction the share of {@code acceptWithin} after which the owner is warned, between 0 and 1
 * @param calendarId     the calendar to use; absent for the calendar of the owner's team ({@code default} when the
 *                       team has none)
 */
public record PolicyDefinition(
        String id,
        Set<Grade> grades,
        Set<Channel> channels,
        Set<MqlReason> mqlReasons,
        Duration acceptWithin,
        String mode,
        Double warnAtFraction,
        String calendarId,
        List<EscalationStepDefinition> escalationSteps) {

    /** The domain policy; {@code path} prefixes problems with the mode, which the domain cannot parse itself. */
    SlaPolicy toDomain(String path, List<String> problems) {
        TimeMode timeMode = null;
        if (mode == null) {
            problems.add(path + ".mode is required (business or wall)");
        } else {
            try {
                timeMode = TimeMode.valueOf(mode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".mode '" + mode + "' is neither business nor wall");
            }
        }
        List<EscalationStep> steps = escalationSteps == null ? List.of() : escalationSteps.stream()
                .map(step -> step == null ? null : new EscalationStep(step.afterDue(), step.action()))
                .toList();
        return new SlaPolicy(id, new MatchCriteria(grades, channels, mqlReasons), acceptWithin,
                timeMode == null ? TimeMode.BUSINESS : timeMode,
                warnAtFraction == null ? Double.NaN : warnAtFraction,
                calendarId == null ? CalendarChoice.ownersTeam() : CalendarChoice.named(calendarId), steps);
    }
}
