package dev.leadbridge.sla.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws business-time arithmetic must obey on any calendar, checked on reproducible random cases (calendars in
 * zones with and without DST, holidays, pauses, durations from zero to years); the display name's seed reruns a case.
 */
class BusinessTimePropertiesTests {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingInTwoStepsEqualsAddingTheSum(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant start = arbitrary.instant();
        Duration a = arbitrary.duration();
        Duration b = arbitrary.duration();
        List<Pause> pauses = arbitrary.pauses(start);

        assertThat(time.add(time.add(start, a), b)).isEqualTo(time.add(start, a.plus(b)));
        assertThat(time.add(time.add(start, a, pauses), b, pauses)).isEqualTo(time.add(start, a.plus(b), pauses));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void measuresBackWhatWasAdded(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant start = arbitrary.instant();
        Duration duration = arbitrary.duration();
        List<Pause> pauses = arbitrary.pauses(start);

        assertThat(time.between(start, time.add(start, duration))).isEqualTo(duration);
        assertThat(time.between(start, time.add(start, duration, pauses), pauses)).isEqualTo(duration);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverLandsOutsideBusinessHoursOrInAPause(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant start = arbitrary.instant();
        Duration duration = arbitrary.duration();
        List<Pause> pauses = arbitrary.pauses(start);

        assertThat(time.isOpen(time.add(start, duration))).isTrue();
        Instant paused = time.add(start, duration, pauses);
        assertThat(time.isOpen(paused)).isTrue();
        assertThat(pauses).noneMatch(pause -> !paused.isBefore(pause.from()) && paused.isBefore(pause.until()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isMonotoneInStartAndDuration(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant start = arbitrary.instant();
        Instant laterStart = start.plus(arbitrary.duration());
        Duration duration = arbitrary.duration();
        Duration longer = duration.plus(arbitrary.duration());

        assertThat(time.add(laterStart, duration)).isAfterOrEqualTo(time.add(start, duration));
        assertThat(time.add(start, longer)).isAfterOrEqualTo(time.add(start, duration));
        assertThat(time.between(start, laterStart.plus(duration))).isGreaterThanOrEqualTo(
                time.between(start, laterStart));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void measuringIsAdditive(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant from = arbitrary.instant();
        Instant middle = from.plus(arbitrary.duration());
        Instant to = middle.plus(arbitrary.duration());

        assertThat(time.between(from, to)).isEqualTo(time.between(from, middle).plus(time.between(middle, to)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void skippingWholeWeeksAgreesWithWalkingDayByDay(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant start = arbitrary.instant();
        Duration lessThanAWeek = time.between(start, start.plus(Duration.ofDays(7))).dividedBy(3).plusSeconds(1);
        List<Pause> pauses = arbitrary.pauses(start);

        Instant stepped = start;
        for (int step = 0; step < 40; step++) {
            stepped = time.add(stepped, lessThanAWeek, pauses);
        }
        assertThat(time.add(start, lessThanAWeek.multipliedBy(40), pauses)).isEqualTo(stepped);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pausedTimeIsSubtractedOnce(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessTime time = new BusinessTime(arbitrary.calendar());
        Instant from = arbitrary.instant();
        Instant to = from.plus(Duration.ofDays(20));
        List<Pause> pauses = arbitrary.pauses(from);

        Duration paused = pauses.stream().map(pause -> time.between(later(pause.from(), from),
                earlier(pause.until(), to))).reduce(Duration.ZERO, Duration::plus);
        assertThat(time.between(from, to, pauses)).isEqualTo(time.between(from, to).minus(paused));
    }

    /**
     * Compares with counting minute by minute, each minute open when its local time lies in a window of its local date
     * and outside that date's holidays. Windows start at 04:00 or later, so no local time of theirs is ambiguous.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithCountingMinutes(long seed) {
        Arbitrary arbitrary = new Arbitrary(seed);
        BusinessCalendar calendar = arbitrary.calendar(16, true);
        BusinessTime time = new BusinessTime(calendar);
        Instant from = arbitrary.minute();
        Instant to = from.plus(Duration.ofMinutes(1 + (seed * 7919) % (60 * 24 * 10)));

        long openMinutes = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            openMinutes += openByLocalTime(calendar, minute) ? 1 : 0;
        }
        assertThat(time.between(from, to)).isEqualTo(Duration.ofMinutes(openMinutes));
    }

    private static boolean openByLocalTime(BusinessCalendar calendar, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, calendar.zone());
        long nanoOfDay = local.toLocalTime().toNanoOfDay();
        boolean inWindow = calendar.hoursOn(local.getDayOfWeek()).stream().anyMatch(window -> contains(window,
                nanoOfDay));
        boolean closed = calendar.holidays().stream().filter(holiday -> holiday.date().equals(local.toLocalDate()))
                .flatMap(holiday -> holiday.closed().stream()).anyMatch(window -> contains(window, nanoOfDay));
        return inWindow && !closed;
    }

    private static boolean contains(TimeWindow window, long nanoOfDay) {
        return window.startNanos() <= nanoOfDay && nanoOfDay < window.endNanos();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
