package dev.leadbridge.sla.domain.clock;

import static dev.leadbridge.events.payload.EscalationAction.NOTIFY_MANAGER;
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
import dev.leadbridge.sla.domain.time.Holiday;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.domain.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rescheduling a paused clock from its stored instants, on a Berlin calendar (Mon–Fri 09:00–17:00) with Wednesday
 * 8 January 2025 a holiday, under a policy of 4 business hours, warning at half, escalating 1 hour past due.
 */
class ClockTimelineTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = new BusinessCalendar("berlin", BERLIN,
            BusinessCalendar.days(List.of(TimeWindow.of("09:00", "17:00")), MONDAY, TUESDAY, WEDNESDAY, THURSDAY,
                    FRIDAY),
            List.of(Holiday.wholeDay(LocalDate.parse("2025-01-08"), "holiday")));
    private static final SlaPolicy POLICY = new SlaPolicy("p", null, Duration.ofHours(4), TimeMode.BUSINESS, 0.5,
            null, List.of(new EscalationStep(Duration.ofHours(1), NOTIFY_MANAGER)));
    private static final Instant START = berlin("2025-01-06T15:00");

    private final ClockTimeline timeline = ClockTimeline.of(TimeMode.BUSINESS, OFFICE, START);

    @Test
    void aPauseMovesEveryInstantByTheBusinessTimeItCoveredSkippingTheHoliday() {
        ClockSchedule unpaused = clock(List.of()).schedule();
        assertThat(unpaused.dueAt()).isEqualTo(berlin("2025-01-07T11:00"));
        // paused for the last business hour of Monday and the first of Tuesday; resumed Tuesday 10:00
        List<Pause> pauses = List.of(new Pause(berlin("2025-01-06T16:00"), berlin("2025-01-07T10:00"), "travelling"));

        Instant due = timeline.rescheduled(unpaused.dueAt(), List.of(), pauses);

        assertThat(due).isEqualTo(berlin("2025-01-07T13:00"));
        assertThat(due).isEqualTo(clock(pauses).dueAt());
        assertThat(timeline.rescheduled(unpaused.warnAt(), List.of(), pauses)).isEqualTo(clock(pauses).warnAt());
        assertThat(timeline.rescheduled(unpaused.escalations().get(0).at(), List.of(), pauses))
                .isEqualTo(clock(pauses).schedule().escalations().get(0).at());
    }

    @Test
    void aPauseEndingOnTheHolidayCountsNothingOfIt() {
        List<Pause> pauses = List.of(new Pause(berlin("2025-01-07T10:00"), berlin("2025-01-08T12:00"), "legal"));

        Instant due = timeline.rescheduled(clock(List.of()).dueAt(), List.of(), pauses);

        // 2 hours used on Monday, 1 on Tuesday before the pause: 1 left, from Thursday's opening
        assertThat(due).isEqualTo(berlin("2025-01-09T10:00")).isEqualTo(clock(pauses).dueAt());
    }

    @Test
    void secondPauseKeepsTheFirstOne() {
        Pause first = new Pause(berlin("2025-01-06T16:00"), berlin("2025-01-07T10:00"), "travelling");
        Pause second = new Pause(berlin("2025-01-07T11:00"), berlin("2025-01-07T12:00"), "call back");
        Instant afterFirst = timeline.rescheduled(clock(List.of()).dueAt(), List.of(), List.of(first));

        Instant afterBoth = timeline.rescheduled(afterFirst, List.of(first), List.of(first, second));

        assertThat(afterBoth).isEqualTo(berlin("2025-01-07T14:00")).isEqualTo(clock(List.of(first, second)).dueAt());
    }

    @Test
    void wallTimeClocksIgnoreTheCalendar() {
        ClockTimeline wall = ClockTimeline.of(TimeMode.WALL, OFFICE, START);
        Instant due = START.plus(Duration.ofHours(1));

        Instant moved = wall.rescheduled(due, List.of(),
                List.of(new Pause(START.plusSeconds(600), START.plusSeconds(1800), "waiting")));

        assertThat(moved).isEqualTo(due.plus(Duration.ofMinutes(20)));
    }

    private static AcceptanceClock clock(List<Pause> pauses) {
        return new AcceptanceClock(POLICY, new BusinessTime(OFFICE), START, pauses);
    }

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
