package dev.leadbridge.sla.domain.time;

import static dev.leadbridge.sla.domain.time.Calendars.BERLIN;
import static dev.leadbridge.sla.domain.time.Calendars.NEW_YORK;
import static dev.leadbridge.sla.domain.time.Calendars.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Daylight saving changes, with expectations worked out by hand in UTC. Berlin: 2025-03-30 02:00 CET becomes 03:00
 * CEST, 2025-10-26 03:00 CEST becomes 02:00 CET. New York: 2025-03-09 02:00 EST becomes 03:00 EDT, 2025-11-02 02:00
 * EDT becomes 01:00 EST.
 */
class BusinessTimeDstTests {

    private static final BusinessTime BERLIN_ALL_DAY = new BusinessTime(
            Calendars.everyDay(BERLIN, TimeWindow.WHOLE_DAY));
    private static final BusinessTime NEW_YORK_ALL_DAY = new BusinessTime(
            Calendars.everyDay(NEW_YORK, TimeWindow.WHOLE_DAY));

    @Test
    void aSpringForwardDayHas23HoursAndAFallBackDay25() {
        assertThat(BERLIN_ALL_DAY.between(utc("2025-03-29T23:00:00Z"), utc("2025-03-30T22:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(BERLIN_ALL_DAY.between(utc("2025-10-25T22:00:00Z"), utc("2025-10-26T23:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
        assertThat(NEW_YORK_ALL_DAY.between(utc("2025-03-09T05:00:00Z"), utc("2025-03-10T04:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(NEW_YORK_ALL_DAY.between(utc("2025-11-02T04:00:00Z"), utc("2025-11-03T05:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void addsRealHoursAcrossTheChange() {
        // Sat 23:00 CET + 4 h: 00:00, 01:00, [02:00 skipped] 03:00, 04:00 CEST
        assertThat(BERLIN_ALL_DAY.add(utc("2025-03-29T22:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(utc("2025-03-30T02:00:00Z"));
        // Sat 23:30 EDT + 3 h: 00:30 EDT, 01:30 EDT, then 01:30 again in EST
        assertThat(NEW_YORK_ALL_DAY.add(utc("2025-11-02T03:30:00Z"), Duration.ofHours(3)))
                .isEqualTo(utc("2025-11-02T06:30:00Z"));
    }

    @Test
    void aNightWindowSpanningTheChangeLastsWhatTheClockRan() {
        BusinessTime sundayNights = new BusinessTime(Calendars.only(BERLIN, DayOfWeek.SUNDAY,
                TimeWindow.of("01:00", "04:00")));

        // spring: 01:00 CET (00:00Z) to 04:00 CEST (02:00Z)
        assertThat(sundayNights.between(utc("2025-03-29T12:00:00Z"), utc("2025-03-31T12:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(sundayNights.add(utc("2025-03-30T00:00:00Z"), Duration.ofMinutes(90)))
                .isEqualTo(utc("2025-03-30T01:30:00Z"));
        // autumn: 01:00 CEST (Sat 23:00Z) to 04:00 CET (03:00Z)
        assertThat(sundayNights.between(utc("2025-10-25T12:00:00Z"), utc("2025-10-27T12:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(sundayNights.add(utc("2025-10-25T23:00:00Z"), Duration.ofMinutes(210)))
                .isEqualTo(utc("2025-10-26T02:30:00Z"));
    }

    @Test
    void aBoundaryInTheSpringGapFallsAtTheEndOfTheGap() {
        BusinessTime sundays = new BusinessTime(Calendars.only(BERLIN, DayOfWeek.SUNDAY,
                TimeWindow.of("02:30", "05:00")));

        // 02:30 does not exist; the clock first reads 02:30 or later at 03:00 CEST (01:00Z)
        assertThat(sundays.nextOpening(utc("2025-03-29T23:00:00Z"))).isEqualTo(utc("2025-03-30T01:00:00Z"));
        assertThat(sundays.between(utc("2025-03-29T23:00:00Z"), utc("2025-03-30T12:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aBoundaryInTheAutumnOverlapIsItsFirstOccurrence() {
        BusinessTime sundays = new BusinessTime(Calendars.only(BERLIN, DayOfWeek.SUNDAY,
                TimeWindow.of("01:00", "02:30")));

        // 01:00 CEST (Sat 23:00Z) to the first 02:30, still CEST (00:30Z); the second 02:00-02:30, in CET, is closed
        assertThat(sundays.between(utc("2025-10-25T12:00:00Z"), utc("2025-10-26T12:00:00Z")))
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(sundays.isOpen(utc("2025-10-26T00:15:00Z"))).isTrue();
        assertThat(sundays.isOpen(utc("2025-10-26T01:15:00Z"))).isFalse();
    }

    @Test
    void anOfficeWeekendAcrossSpringForwardCountsOnlyOfficeHours() {
        BusinessTime office = new BusinessTime(Calendars.berlinOffice());

        // Fri 17:00 CET (16:00Z) + 1 h: 30 min on Friday, 30 min from Mon 09:00 CEST (07:00Z)
        assertThat(office.add(utc("2025-03-28T16:00:00Z"), Duration.ofHours(1))).isEqualTo(utc("2025-03-31T07:30:00Z"));
        assertThat(office.between(utc("2025-03-28T15:00:00Z"), utc("2025-03-31T08:00:00Z")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void aNewYorkOfficeAcrossSpringForward() {
        BusinessTime office = new BusinessTime(new BusinessCalendar("nyc", NEW_YORK, BusinessCalendar.days(
                List.of(TimeWindow.of("08:00", "18:00")), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of()));

        // Fri 17:00 EST (22:00Z) + 2 h: 1 h on Friday, 1 h from Mon 08:00 EDT (12:00Z)
        assertThat(office.add(utc("2025-03-07T22:00:00Z"), Duration.ofHours(2))).isEqualTo(utc("2025-03-10T13:00:00Z"));
    }

    @Test
    void aNewYorkNightShiftAcrossFallBack() {
        BusinessTime nights = new BusinessTime(Calendars.everyDay(NEW_YORK, TimeWindow.of("22:00", "24:00"),
                TimeWindow.of("00:00", "06:00")));

        // Sat 22:00 EDT (Sun 02:00Z) to Sun 06:00 EST (11:00Z): 8 local hours plus the repeated one
        assertThat(nights.between(utc("2025-11-02T02:00:00Z"), utc("2025-11-02T11:00:00Z")))
                .isEqualTo(Duration.ofHours(9));
        assertThat(nights.add(utc("2025-11-02T02:00:00Z"), Duration.ofHours(8))).isEqualTo(utc("2025-11-02T10:00:00Z"));
    }

    @Test
    void aHolidayOnTheDayOfTheChangeStillCounts() {
        BusinessTime time = new BusinessTime(new BusinessCalendar("berlin-sundays", BERLIN,
                BusinessCalendar.days(List.of(TimeWindow.WHOLE_DAY), DayOfWeek.SUNDAY),
                List.of(Holiday.partial(LocalDate.of(2025, 10, 26), "maintenance", TimeWindow.of("00:00", "12:00")))));

        // open from 12:00 CET (11:00Z) to midnight CET (23:00Z)
        assertThat(time.between(utc("2025-10-25T00:00:00Z"), utc("2025-10-27T00:00:00Z")))
                .isEqualTo(Duration.ofHours(12));
    }
}
