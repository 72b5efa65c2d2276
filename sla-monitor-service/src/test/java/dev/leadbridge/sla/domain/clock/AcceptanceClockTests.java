package dev.leadbridge.sla.domain.clock;

import static dev.leadbridge.events.payload.EscalationAction.NOTIFY_MANAGER;
import static dev.leadbridge.events.payload.EscalationAction.REASSIGN;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.sla.domain.policy.EscalationStep;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.policy.TimeMode;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.domain.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance clocks on a Berlin office calendar (Mon–Fri 09:00–12:00, 13:00–17:30) in January 2025, under a policy
 * of 4 hours with a warning at 75 % and escalations 1 hour (notify the manager) and 4 hours (reassign) past due.
 */
class AcceptanceClockTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessTime OFFICE = new BusinessTime(new BusinessCalendar("berlin-office", BERLIN,
            BusinessCalendar.days(List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:30")),
                    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), List.of()));
    private static final List<EscalationStep> STEPS = List.of(new EscalationStep(Duration.ofHours(1), NOTIFY_MANAGER),
            new EscalationStep(Duration.ofHours(4), REASSIGN));
    private static final SlaPolicy BUSINESS_HOURS = new SlaPolicy("hot", null, Duration.ofHours(4), TimeMode.BUSINESS,
            0.75, null, STEPS);

    private final AcceptanceClock clock = new AcceptanceClock(BUSINESS_HOURS, OFFICE, berlin("2025-01-06T15:00"),
            List.of());

    @Test
    void schedulesWarningDueAndEscalationsInBusinessTime() {
        assertThat(clock.schedule()).isEqualTo(new ClockSchedule(berlin("2025-01-07T09:30"), berlin("2025-01-07T10:30"),
                List.of(new ScheduledEscalation(1, NOTIFY_MANAGER, berlin("2025-01-07T11:30")),
                        new ScheduledEscalation(2, REASSIGN, berlin("2025-01-07T15:30")))));
    }

    @Test
    void anAcceptanceBeforeTheDueInstantMeetsTheSla() {
        ClockOutcome outcome = clock.stop(berlin("2025-01-07T10:00"));

        assertThat(outcome.breached()).isFalse();
        assertThat(outcome.lateness()).isZero();
        assertThat(outcome.elapsed()).isEqualTo(new Elapsed(Duration.ofMinutes(210), Duration.ofHours(19)));
    }

    @Test
    void anAcceptanceAtTheDueInstantStillMeetsTheSla() {
        assertThat(clock.stop(berlin("2025-01-07T10:30")).breached()).isFalse();
    }

    @Test
    void anAcceptanceAfterTheDueInstantIsLateByTheBusinessTimeOverIt() {
        ClockOutcome outcome = clock.stop(berlin("2025-01-07T11:00"));

        assertThat(outcome.breached()).isTrue();
        assertThat(outcome.dueAt()).isEqualTo(berlin("2025-01-07T10:30"));
        assertThat(outcome.lateness()).isEqualTo(Duration.ofMinutes(30));
        assertThat(outcome.elapsed()).isEqualTo(new Elapsed(Duration.ofMinutes(270), Duration.ofHours(20)));
    }

    @Test
    void aLateBreachTimerReportsItsLatenessInBusinessTime() {
        assertThat(clock.latenessAt(berlin("2025-01-07T13:30"))).isEqualTo(Duration.ofHours(2));
        assertThat(clock.latenessAt(berlin("2025-01-07T10:00"))).isZero();
    }

    @Test
    void timeRunningOutAtClosingIsDueAtTheNextOpeningAndAnEveningAcceptanceMeetsIt() {
        AcceptanceClock afternoon = new AcceptanceClock(BUSINESS_HOURS, OFFICE, berlin("2025-01-06T13:30"),
                List.of());

        assertThat(afternoon.dueAt()).isEqualTo(berlin("2025-01-07T09:00"));
        ClockOutcome outcome = afternoon.stop(berlin("2025-01-06T17:45"));
        assertThat(outcome.breached()).isFalse();
        assertThat(outcome.elapsed().business()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aPauseMovesEveryInstantAndIsNotCounted() {
        List<Pause> pauses = List.of(new Pause(berlin("2025-01-06T16:00"), berlin("2025-01-07T09:15"),
                "contact travelling"));
        AcceptanceClock paused = new AcceptanceClock(BUSINESS_HOURS, OFFICE, berlin("2025-01-06T15:00"), pauses);

        assertThat(paused.warnAt()).isEqualTo(berlin("2025-01-07T11:15"));
        assertThat(paused.dueAt()).isEqualTo(berlin("2025-01-07T13:15"));
        assertThat(paused.stop(berlin("2025-01-07T10:15")).elapsed())
                .isEqualTo(new Elapsed(Duration.ofHours(2), Duration.ofMinutes(120)));
    }

    @Test
    void aWallTimePolicyRunsThroughTheNightAndStillReportsBusinessTime() {
        SlaPolicy wall = new SlaPolicy("call-back", null, Duration.ofHours(4), TimeMode.WALL, 0.5, null,
                List.of(new EscalationStep(Duration.ofMinutes(30), NOTIFY_MANAGER)));
        AcceptanceClock saturdayNight = new AcceptanceClock(wall, OFFICE, berlin("2025-01-11T22:00"), List.of());

        assertThat(saturdayNight.schedule()).isEqualTo(new ClockSchedule(berlin("2025-01-12T00:00"),
                berlin("2025-01-12T02:00"), List.of(new ScheduledEscalation(1, NOTIFY_MANAGER,
                berlin("2025-01-12T02:30")))));
        ClockOutcome outcome = saturdayNight.stop(berlin("2025-01-12T03:00"));
        assertThat(outcome.breached()).isTrue();
        assertThat(outcome.lateness()).isEqualTo(Duration.ofHours(1));
        assertThat(outcome.elapsed()).isEqualTo(new Elapsed(Duration.ZERO, Duration.ofHours(5)));
    }

    @Test
    void wallTimeCountsRealHoursOverSpringForward() {
        SlaPolicy wall = new SlaPolicy("call-back", null, Duration.ofHours(4), TimeMode.WALL, 0.5, null, List.of());

        // Sun 00:00 CET (Sat 23:00Z) + 4 real hours = 03:00Z, which Berlin calls 05:00 CEST
        assertThat(new AcceptanceClock(wall, OFFICE, Instant.parse("2025-03-29T23:00:00Z"), List.of()).dueAt())
                .isEqualTo(Instant.parse("2025-03-30T03:00:00Z"));
    }

    @Test
    void aStopAtOrBeforeTheStartTookNoTime() {
        ClockOutcome outcome = clock.stop(berlin("2025-01-06T14:00"));

        assertThat(outcome.breached()).isFalse();
        assertThat(outcome.elapsed()).isEqualTo(new Elapsed(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void measuresSystemLatencyInBothTimes() {
        assertThat(Elapsed.between(OFFICE, berlin("2025-01-10T17:00"), berlin("2025-01-13T09:30"), List.of()))
                .isEqualTo(new Elapsed(Duration.ofHours(1), Duration.ofMinutes(64 * 60 + 30)));
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
