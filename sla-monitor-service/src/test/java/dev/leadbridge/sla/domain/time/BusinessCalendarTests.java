package dev.leadbridge.sla.domain.time;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void keepsEachDaysWindowsSortedAndLeavesMissingDaysClosed() {
        BusinessCalendar calendar = new BusinessCalendar("office", BERLIN, Map.of(MONDAY,
                List.of(TimeWindow.of("13:00", "17:30"), TimeWindow.of("09:00", "12:00"))), List.of());

        assertThat(calendar.hoursOn(MONDAY)).containsExactly(TimeWindow.of("09:00", "12:00"),
                TimeWindow.of("13:00", "17:30"));
        assertThat(calendar.hoursOn(TUESDAY)).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        week.put(MONDAY, List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("11:00", "14:00")));
        week.put(TUESDAY, List.of(TimeWindow.of("17:00", "09:00")));

        assertThatThrownBy(() -> new BusinessCalendar(" ", null, week,
                List.of(new Holiday(LocalDate.of(2025, 12, 24), "Christmas Eve", List.of()))))
                .isInstanceOfSatisfying(InvalidDocumentException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(
                                "id is required",
                                "zone is required",
                                "weeklyHours.MONDAY[1] (11:00-14:00) overlaps weeklyHours.MONDAY[0] (09:00-12:00)",
                                "weeklyHours.TUESDAY[0] starts at 17:00, not before its end 09:00",
                                "holidays[0].closed is empty; a holiday closes at least one window"));
    }

    @Test
    void rejectsAWeekWithoutBusinessHours() {
        assertThatThrownBy(() -> new BusinessCalendar("never", BERLIN, Map.of(), List.of()))
                .isInstanceOfSatisfying(InvalidDocumentException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("weeklyHours has no business hours; a calendar must be open some time each "
                                + "week"));
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        BusinessCalendar calendar = new BusinessCalendar("split", BERLIN, Map.of(MONDAY,
                List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("12:00", "24:00"))), List.of());

        assertThat(calendar.hoursOn(MONDAY)).hasSize(2);
    }

    @Test
    void reportsMissingWindowBoundsAndHolidayDates() {
        assertThatThrownBy(() -> new BusinessCalendar("gaps", BERLIN, Map.of(MONDAY,
                List.of(new TimeWindow(LocalTime.NOON, null))), List.of(Holiday.wholeDay(null, "unknown"))))
                .isInstanceOfSatisfying(InvalidDocumentException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(
                                "weeklyHours.MONDAY[0].end is required",
                                "weeklyHours has no business hours; a calendar must be open some time each week",
                                "holidays[0].date is required"));
    }

    @Test
    void writesMidnightAsTheEndOfTheDay() {
        TimeWindow evening = TimeWindow.of("18:00", "24:00");

        assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(evening).hasToString("18:00-24:00");
        assertThat(TimeWindow.WHOLE_DAY).hasToString("00:00-24:00");
    }

    @Test
    void theAlwaysOpenCalendarIsOpenAroundTheClock() {
        assertThat(BusinessCalendar.ALWAYS_OPEN.hoursOn(DayOfWeek.SUNDAY)).containsExactly(TimeWindow.WHOLE_DAY);
    }
}
