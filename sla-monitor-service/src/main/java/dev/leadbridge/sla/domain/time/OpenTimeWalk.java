package dev.leadbridge.sla.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk forward through a calendar's open time less pauses, from an origin: a local day at a time, and whole
 * regular weeks at once where the week's business time is known without looking at its days. Used once.
 */
final class OpenTimeWalk {

    private final BusinessTime time;
    /** Sorted by start, possibly overlapping. */
    private final List<InstantRange> pauses;
    private final Instant origin;
    private LocalDate day;

    OpenTimeWalk(BusinessTime time, List<InstantRange> pauses, Instant origin) {
        this.time = time;
        this.pauses = pauses;
        this.origin = origin;
        // a day before the origin's local date: after a fall-back at midnight, that day's windows may still be running
        this.day = time.dateOf(origin).minusDays(1);
    }

    /** The first open instant at which {@code nanos} of open time have passed since the origin. */
    Instant advance(long nanos) {
        long remaining = nanos;
        while (true) {
            remaining -= skipWeeks(remaining / time.weekNanos());
            for (InstantRange open : openRangesOfDay(Instant.MAX)) {
                if (remaining < open.nanos()) {
                    return open.start().plusNanos(remaining);
                }
                remaining -= open.nanos();
            }
            day = day.plusDays(1);
        }
    }

    /** The open time from the origin until {@code end}. */
    long measureUntil(Instant end) {
        long total = 0;
        while (time.startOf(day).isBefore(end)) {
            total += skipWeeks(ChronoUnit.DAYS.between(day, time.dateOf(end)) / 7);
            for (InstantRange open : openRangesOfDay(end)) {
                total += open.nanos();
            }
            day = day.plusDays(1);
        }
        return total;
    }

    /**
     * Moves past up to {@code wanted} whole weeks when all of them lie after the origin and are regular, returning
     * their open time.
     */
    private long skipWeeks(long wanted) {
        if (wanted <= 0 || origin.isAfter(time.startOf(day))) {
            return 0;
        }
        long weeks = Math.min(wanted, ChronoUnit.DAYS.between(day, firstIrregularDay()) / 7);
        if (weeks <= 0) {
            return 0;
        }
        day = day.plusWeeks(weeks);
        return weeks * time.weekNanos();
    }

    private LocalDate firstIrregularDay() {
        LocalDate calendarIrregular = time.firstIrregularDay(day);
        Instant dayStart = time.startOf(day);
        return pauses.stream().filter(pause -> pause.end().isAfter(dayStart)).findFirst()
                .map(pause -> time.dateOf(pause.start()).minusDays(1))
                .filter(pauseDay -> pauseDay.isBefore(calendarIrregular))
                .orElse(calendarIrregular);
    }

    private List<InstantRange> openRangesOfDay(Instant end) {
        List<InstantRange> open = new ArrayList<>();
        for (InstantRange range : time.openRanges(day)) {
            range.clip(origin, end).ifPresent(clipped -> open.addAll(clipped.minus(pauses)));
        }
        return open;
    }
}
