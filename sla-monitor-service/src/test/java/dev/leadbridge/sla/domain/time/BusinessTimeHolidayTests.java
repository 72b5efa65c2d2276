package dev.leadbridge.sla.domain.time;

import static dev.leadbridge.sla.domain.time.Calendars.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole-day and partial holidays on the Berlin office calendar (Mon–Fri 09:00–12:00, 13:00–17:30). */
class BusinessTimeHolidayTests {

    @Test
    void skipsAWholeDayHoliday() {
        BusinessTime time = new BusinessTime(Calendars.berlinOffice(
                Holiday.wholeDay(LocalDate.of(2025, 4, 21), "Easter Monday")));

        assertThat(time.add(berlin("2025-04-18T17:00"), Duration.ofHours(1))).isEqualTo(berlin("2025-04-22T09:30"));
        assertThat(time.isOpen(berlin("2025-04-21T10:00"))).isFalse();
    }

    @Test
    void closesOnlyTheClosedPartOfAPartialHoliday() {
        BusinessTime time = new BusinessTime(Calendars.berlinOffice(
                Holiday.partial(LocalDate.of(2025, 12, 24), "Christmas Eve", TimeWindow.of("12:00", "24:00")),
                Holiday.wholeDay(LocalDate.of(2025, 12, 25), "Christmas Day"),
                Holiday.wholeDay(LocalDate.of(2025, 12, 26), "Boxing Day")));

        assertThat(time.add(berlin("2025-12-24T11:00"), Duration.ofHours(2))).isEqualTo(berlin("2025-12-29T10:00"));
        assertThat(time.isOpen(berlin("2025-12-24T11:59"))).isTrue();
        assertThat(time.isOpen(berlin("2025-12-24T13:00"))).isFalse();
    }

    @Test
    void aClosedMorningDelaysTheOpening() {
        BusinessTime time = new BusinessTime(Calendars.berlinOffice(
                Holiday.partial(LocalDate.of(2025, 1, 7), "all hands", TimeWindow.of("09:00", "10:30"))));

        assertThat(time.between(berlin("2025-01-07T08:00"), berlin("2025-01-07T12:00")))
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(time.nextOpening(berlin("2025-01-06T17:30"))).isEqualTo(berlin("2025-01-07T10:30"));
    }

    @Test
    void aClosedStretchAcrossLunchCutsBothWindows() {
        BusinessTime time = new BusinessTime(Calendars.berlinOffice(
                Holiday.partial(LocalDate.of(2025, 1, 8), "offsite", TimeWindow.of("11:00", "14:00"))));

        assertThat(time.between(berlin("2025-01-08T00:00"), berlin("2025-01-09T00:00")))
                .isEqualTo(Duration.ofMinutes(5 * 60 + 30));
    }

    @Test
    void twoHolidaysOnOneDateCloseTheirUnion() {
        BusinessTime time = new BusinessTime(Calendars.berlinOffice(
                Holiday.partial(LocalDate.of(2025, 1, 8), "training", TimeWindow.of("09:00", "10:00")),
                Holiday.partial(LocalDate.of(2025, 1, 8), "early close", TimeWindow.of("16:00", "24:00"))));

        assertThat(time.between(berlin("2025-01-08T00:00"), berlin("2025-01-09T00:00")))
                .isEqualTo(Duration.ofHours(5));
    }
}
