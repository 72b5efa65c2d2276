package dev.leadbridge.attribution.domain.kpi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A distribution of durations (speed to lead) over fixed buckets, for a bar chart: {@code counts.get(i)} counts the
 * values above {@code upperBounds.get(i − 1)} and at most {@code upperBounds.get(i)}; the extra last count holds the
 * values above the highest bound.
 */
public record Histogram(List<Duration> upperBounds, List<Long> counts) {

    public Histogram {
        upperBounds = List.copyOf(upperBounds);
        counts = List.copyOf(counts);
        if (counts.size() != upperBounds.size() + 1) {
            throw new IllegalArgumentException("need one count per bound plus one above the last");
        }
    }

    /**
     * Buckets durations given in milliseconds.
     *
     * @param upperBounds strictly increasing
     */
    static Histogram ofMillis(long[] millis, List<Duration> upperBounds) {
        for (int i = 1; i < upperBounds.size(); i++) {
            if (upperBounds.get(i).compareTo(upperBounds.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("upper bounds must increase strictly: " + upperBounds);
            }
        }
        long[] counts = new long[upperBounds.size() + 1];
        for (long value : millis) {
            counts[bucketOf(value, upperBounds)]++;
        }
        List<Long> countList = new ArrayList<>();
        for (long count : counts) {
            countList.add(count);
        }
        return new Histogram(upperBounds, countList);
    }

    private static int bucketOf(long millis, List<Duration> upperBounds) {
        int bucket = 0;
        while (bucket < upperBounds.size() && millis > upperBounds.get(bucket).toMillis()) {
            bucket++;
        }
        return bucket;
    }
}
