package dev.leadbridge.sla.domain.time;

import static dev.leadbridge.sla.domain.time.Calendars.BERLIN;
import static dev.leadbridge.sla.domain.time.Calendars.berlin;
import static dev.leadbridge.sla.domain.time.Calendars.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic on a Berlin office calendar (Mon–Fri 09:00–12:00, 13:00–17:30) in January 2025. */
class BusinessTimeTests {

    private final BusinessTime office = new BusinessTime(Calendars.berlinOffice());

    @Test
    void addsWithinOneWindow() {
        assertThat(office.add(berlin("2025-01-06T10:00"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-06T11:00"));
    }

    @Test
    void skipsTheLunchBreak() {
        assertThat(office.add(berlin("2025-01-06T11:30"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-06T13:30"));
        assertThat(office.between(berlin("2025-01-06T11:00"), berlin("2025-01-06T14:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void crossesTheWeekend() {
        assertThat(office.add(berlin("2025-01-10T17:00"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-13T09:30"));
        assertThat(office.between(berlin("2025-01-10T17:00"), berlin("2025-01-13T09:30")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void startsCountingAtTheNextOpeningWhenStartedOutsideHours() {
        assertThat(office.add(berlin("2025-01-11T10:00"), Duration.ofHours(2))).isEqualTo(berlin("2025-01-13T11:00"));
        assertThat(office.add(berlin("2025-01-06T12:30"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-06T14:00"));
    }

    @Test
    void aZeroDurationLandsOnTheStartWhenOpenAndOnTheNextOpeningOtherwise() {
        assertThat(office.add(berlin("2025-01-06T10:00"), Duration.ZERO)).isEqualTo(berlin("2025-01-06T10:00"));
        assertThat(office.add(berlin("2025-01-11T10:00"), Duration.ZERO)).isEqualTo(berlin("2025-01-13T09:00"));
    }

    @Test
    void aDurationEndingAtClosingTimeLandsOnTheNextOpening() {
        assertThat(office.add(berlin("2025-01-06T16:30"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-07T09:00"));
        assertThat(office.add(berlin("2025-01-06T11:00"), Duration.ofHours(1))).isEqualTo(berlin("2025-01-06T13:00"));
    }

    @Test
    void windowsIncludeTheirStartAndExcludeTheirEnd() {
        assertThat(office.isOpen(berlin("2025-01-06T09:00"))).isTrue();
        assertThat(office.isOpen(berlin("2025-01-06T11:59:59.999999999"))).isTrue();
        assertThat(office.isOpen(berlin("2025-01-06T12:00"))).isFalse();
        assertThat(office.isOpen(berlin("2025-01-06T17:30"))).isFalse();
        assertThat(office.isOpen(berlin("2025-01-11T10:00"))).isFalse();
    }

    @Test
    void findsTheNextOpening() {
        assertThat(office.nextOpening(berlin("2025-01-06T12:00"))).isEqualTo(berlin("2025-01-06T13:00"));
        assertThat(office.nextOpening(berlin("2025-01-10T17:30"))).isEqualTo(berlin("2025-01-13T09:00"));
        assertThat(office.nextOpening(berlin("2025-01-06T10:15"))).isEqualTo(berlin("2025-01-06T10:15"));
    }

    @Test
    void measuresNothingBackwardsOrWhileClosed() {
        assertThat(office.between(berlin("2025-01-07T10:00"), berlin("2025-01-06T10:00"))).isZero();
        assertThat(office.between(berlin("2025-01-06T10:00"), berlin("2025-01-06T10:00"))).isZero();
        assertThat(office.between(berlin("2025-01-11T00:00"), berlin("2025-01-13T09:00"))).isZero();
    }

    @Test
    void countsANightShiftAcrossMidnight() {
        BusinessTime nights = new BusinessTime(Calendars.everyDay(BERLIN, TimeWindow.of("22:00", "24:00"),
                TimeWindow.of("00:00", "02:00")));

        assertThat(nights.add(berlin("2025-01-06T23:00"), Duration.ofHours(2))).isEqualTo(berlin("2025-01-07T01:00"));
        assertThat(nights.isOpen(berlin("2025-01-07T00:00"))).isTrue();
        assertThat(nights.between(berlin("2025-01-06T21:00"), berlin("2025-01-07T03:00")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void addsYearsQuicklyAndExactlyAcrossDstChanges() {
        Duration hundredWeeks = Duration.ofMinutes(37 * 60 + 30).multipliedBy(100);

        long startedAt = System.nanoTime();
        Instant due = office.add(berlin("2025-01-06T09:00"), hundredWeeks);
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);

        assertThat(due).isEqualTo(utc("2026-12-07T08:00:00Z"));
        assertThat(office.between(berlin("2025-01-06T09:00"), due)).isEqualTo(hundredWeeks);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aHolidayInALongStretchCostsItsHours() {
        BusinessTime withHoliday = new BusinessTime(Calendars.berlinOffice(
                Holiday.wholeDay(LocalDate.of(2025, 3, 12), "works outing")));
        Duration hundredWeeks = Duration.ofMinutes(37 * 60 + 30).multipliedBy(100);

        assertThat(withHoliday.add(berlin("2025-01-06T09:00"), hundredWeeks)).isEqualTo(utc("2026-12-08T08:00:00Z"));
    }

    @Test
    void wallTimeIsEveryInstant() {
        Instant start = utc("2025-03-29T22:17:03Z");

        assertThat(BusinessTime.WALL.add(start, Duration.ofDays(400).plusSeconds(5)))
                .isEqualTo(start.plus(Duration.ofDays(400).plusSeconds(5)));
        assertThat(BusinessTime.WALL.between(start, start.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(BusinessTime.WALL.isOpen(start)).isTrue();
    }

    @Test
    void rejectsANegativeDuration() {
        assertThatThrownBy(() -> office.add(berlin("2025-01-06T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
