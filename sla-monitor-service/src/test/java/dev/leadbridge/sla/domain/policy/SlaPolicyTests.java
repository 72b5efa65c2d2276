package dev.leadbridge.sla.domain.policy;

import static dev.leadbridge.events.payload.EscalationAction.NOTIFY_MANAGER;
import static dev.leadbridge.events.payload.EscalationAction.REASSIGN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Grade;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPolicyTests {

    private static final List<EscalationStep> STEPS = List.of(new EscalationStep(Duration.ZERO, NOTIFY_MANAGER),
            new EscalationStep(Duration.ofHours(4), REASSIGN));

    @Test
    void aCompletePolicyHasNoProblems() {
        SlaPolicy policy = new SlaPolicy("hot", MatchCriteria.ANY, Duration.ofHours(4), TimeMode.BUSINESS, 0.75,
                CalendarChoice.named("emea-sales"), STEPS);

        assertThat(policy.validate()).isEmpty();
    }

    @Test
    void coversEveryLeadOnTheOwnersTeamCalendarUnlessToldOtherwise() {
        SlaPolicy policy = new SlaPolicy("plain", null, Duration.ofHours(4), TimeMode.BUSINESS, 0.5, null, null);

        assertThat(policy.match()).isEqualTo(MatchCriteria.ANY);
        assertThat(policy.calendar()).isEqualTo(CalendarChoice.ownersTeam());
        assertThat(policy.escalationSteps()).isEmpty();
        assertThat(policy.validate()).isEmpty();
    }

    @Test
    void warnsAtTheFractionOfTheAllowedTime() {
        SlaPolicy policy = new SlaPolicy("hot", null, Duration.ofHours(4), TimeMode.BUSINESS, 0.75, null, STEPS);

        assertThat(policy.warnAfter()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void listsEveryProblemWithItsField() {
        Set<Grade> grades = new HashSet<>(Arrays.asList(Grade.A, null));
        SlaPolicy policy = new SlaPolicy(" ", new MatchCriteria(grades, null, null), null, null, 1.0,
                CalendarChoice.named(""), null);

        assertThat(policy.validate()).containsExactly(
                "id is required",
                "match.grades contains an empty entry",
                "acceptWithin is required",
                "mode is required",
                "warnAtFraction is 1.0; it must lie strictly between 0 and 1",
                "calendar.calendarId is required");
    }

    @Test
    void rejectsFractionsOutsideTheOpenInterval() {
        for (double fraction : new double[] {0, -0.1, 1.5, Double.NaN}) {
            SlaPolicy policy = new SlaPolicy("p", null, Duration.ofHours(1), TimeMode.WALL, fraction, null, null);
            assertThat(policy.validate()).as("fraction %s", fraction).hasSize(1);
        }
    }

    @Test
    void stepsComeStrictlyLaterAndNothingFollowsAReassign() {
        SlaPolicy policy = new SlaPolicy("p", null, Duration.ofHours(1).negated(), TimeMode.BUSINESS, 0.5, null,
                Arrays.asList(new EscalationStep(Duration.ofHours(1), NOTIFY_MANAGER),
                        new EscalationStep(Duration.ofHours(1), REASSIGN),
                        new EscalationStep(Duration.ofHours(2), NOTIFY_MANAGER),
                        new EscalationStep(Duration.ofHours(-1), null),
                        null));

        assertThat(policy.validate()).containsExactly(
                "acceptWithin is PT-1H; it must be positive",
                "escalationSteps[3].action is required",
                "escalationSteps[3].afterDue is PT-1H; it must not be negative",
                "escalationSteps[4] is required",
                "escalationSteps[1].afterDue is PT1H; steps must come strictly later than the one before (PT1H)",
                "escalationSteps[2] follows a reassign and would never run: reassigning starts a new clock",
                "escalationSteps[3].afterDue is PT-1H; steps must come strictly later than the one before (PT2H)");
    }
}
