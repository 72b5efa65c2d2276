package dev.leadbridge.sla.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A non-empty stretch of time, start inclusive, end exclusive: an opening of a calendar on one day, or a pause. */
record InstantRange(Instant start, Instant end) {

    /**
     * The pauses that take time, as ranges sorted by start. They may overlap: {@link #minus(List)} subtracts each
     * paused instant once all the same.
     */
    static List<InstantRange> of(List<Pause> pauses) {
        return pauses.stream().filter(pause -> pause.from().isBefore(pause.until()))
                .map(pause -> new InstantRange(pause.from(), pause.until()))
                .sorted(Comparator.comparing(InstantRange::start)).toList();
    }

    long nanos() {
        return Duration.between(start, end).toNanos();
    }

    /** The part of this range within {@code [from, to)}, if any. */
    Optional<InstantRange> clip(Instant from, Instant to) {
        Instant clippedStart = max(start, from);
        Instant clippedEnd = end.isBefore(to) ? end : to;
        return clippedStart.isBefore(clippedEnd)
                ? Optional.of(new InstantRange(clippedStart, clippedEnd)) : Optional.empty();
    }

    /** This range less the holes, which are sorted by start; what is left, in order. */
    List<InstantRange> minus(List<InstantRange> holes) {
        List<InstantRange> left = new ArrayList<>();
        Instant from = start;
        for (InstantRange hole : holes) {
            if (hole.start.isBefore(end) && hole.end.isAfter(from)) {
                clip(from, hole.start).ifPresent(left::add);
                from = max(from, hole.end);
            }
        }
        clip(from, end).ifPresent(left::add);
        return left;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
