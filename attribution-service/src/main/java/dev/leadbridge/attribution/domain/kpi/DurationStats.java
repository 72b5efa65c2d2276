package dev.leadbridge.attribution.domain.kpi;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long something took across many leads: count, median and p90 by {@link Percentiles nearest rank}, to the
 * millisecond. With no observations ({@link #isEmpty()}) the median and p90 are zero and mean nothing.
 */
public record DurationStats(long count, Duration median, Duration p90) {

    public static final DurationStats EMPTY = new DurationStats(0, Duration.ZERO, Duration.ZERO);

    /** The statistics of durations given in milliseconds, in any order. */
    public static DurationStats ofMillis(long[] millis) {
        if (millis.length == 0) {
            return EMPTY;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new DurationStats(sorted.length, Duration.ofMillis(Percentiles.nearestRank(sorted, 50)),
                Duration.ofMillis(Percentiles.nearestRank(sorted, 90)));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
