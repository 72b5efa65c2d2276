package dev.leadbridge.sla.domain.time;

import static dev.leadbridge.sla.domain.time.Calendars.berlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paused clocks on the Berlin office calendar (Mon–Fri 09:00–12:00, 13:00–17:30): paused time never counts. */
class BusinessTimePauseTests {

    private final BusinessTime office = new BusinessTime(Calendars.berlinOffice());

    @Test
    void aPauseInBusinessHoursPushesTheResultBack() {
        List<Pause> pauses = List.of(pause("2025-01-06T10:00", "2025-01-06T11:00"));

        assertThat(office.add(berlin("2025-01-06T09:00"), Duration.ofHours(4), pauses))
                .isEqualTo(berlin("2025-01-06T15:00"));
    }

    @Test
    void aPauseOverLunchSubtractsOnlyBusinessHours() {
        List<Pause> pauses = List.of(pause("2025-01-06T11:30", "2025-01-06T14:00"));

        assertThat(office.between(berlin("2025-01-06T09:00"), berlin("2025-01-06T17:30"), pauses))
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aPauseOverAWeekendOrHolidayChangesNothing() {
        BusinessTime withHoliday = new BusinessTime(Calendars.berlinOffice(
                Holiday.wholeDay(LocalDate.of(2025, 1, 13), "closed")));
        List<Pause> pauses = List.of(pause("2025-01-11T00:00", "2025-01-14T00:00"));

        assertThat(withHoliday.between(berlin("2025-01-10T17:00"), berlin("2025-01-14T09:30"), pauses))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void overlappingPausesCountOnce() {
        List<Pause> pauses = List.of(pause("2025-01-06T10:30", "2025-01-06T11:30"),
                pause("2025-01-06T10:00", "2025-01-06T11:00"));

        assertThat(office.between(berlin("2025-01-06T09:00"), berlin("2025-01-06T12:00"), pauses))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void timeRunningOutWhereAPauseStartsLandsWhereItEnds() {
        List<Pause> pauses = List.of(pause("2025-01-06T10:00", "2025-01-06T11:00"));

        assertThat(office.add(berlin("2025-01-06T09:00"), Duration.ofHours(1), pauses))
                .isEqualTo(berlin("2025-01-06T11:00"));
    }

    @Test
    void aPauseStopsWallTimeToo() {
        List<Pause> pauses = List.of(pause("2025-01-11T10:00", "2025-01-11T12:00"));

        assertThat(BusinessTime.WALL.add(berlin("2025-01-11T09:00"), Duration.ofHours(2), pauses))
                .isEqualTo(berlin("2025-01-11T13:00"));
    }

    @Test
    void aPauseEndsAtOrAfterItsStartAndHasAReason() {
        assertThatThrownBy(() -> pause("2025-01-06T11:00", "2025-01-06T10:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pause(berlin("2025-01-06T10:00"), berlin("2025-01-06T11:00"), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Pause pause(String from, String until) {
        return new Pause(berlin(from), berlin(until), "contact travelling");
    }
}
