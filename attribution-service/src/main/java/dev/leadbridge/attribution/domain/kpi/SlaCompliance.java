package dev.leadbridge.attribution.domain.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SLA compliance of the clocks started in a window: a clock is <b>met</b> when sales decided before it was due, and
 * <b>breached</b> when it decided late or has breached without a decision yet. Compliance is met ⁄ (met + breached);
 * the time to decision (speed to lead) covers the decided clocks, on time or late, with the
 * {@link Percentiles nearest-rank} median and p90.
 */
public record SlaCompliance(long clocks, long met, long breached, Rate compliance, DurationStats timeToDecision) {

    /** A bound on {@link #overTime} buckets, so a tiny bucket cannot make a report of millions of rows. */
    public static final int MAX_BUCKETS = 10_000;

    /** The compliance of the clocks started within {@code window}. */
    public static SlaCompliance of(Collection<SlaClock> clocks, TimeWindow window) {
        List<SlaClock> started = startedIn(clocks, window);
        long met = started.stream().filter(clock -> clock instanceof SlaClock.Decided decided && !decided.breached())
                .count();
        long breached = started.size() - met;
        return new SlaCompliance(started.size(), met, breached, new Rate(met, started.size()),
                DurationStats.ofMillis(decisionMillis(started)));
    }

    /** One report per group of the clocks started in the window, e.g. by {@link SlaClock#channel()}. */
    public static <K> Map<K, SlaCompliance> byGroup(Collection<SlaClock> clocks, TimeWindow window,
                                                    Function<SlaClock, K> group) {
        return Groups.report(clocks, clock -> window.contains(clock.startedAt()), group,
                members -> of(members, window));
    }

    /**
     * Compliance over time: the window cut into consecutive buckets of {@code bucket} length from
     * {@link TimeWindow#from()} (the last one cut short at {@link TimeWindow#to()}), keyed by bucket start, empty
     * buckets included so a chart's time axis has no gaps.
     *
     * @throws IllegalArgumentException if {@code bucket} is not positive or makes more than {@link #MAX_BUCKETS}
     */
    public static NavigableMap<Instant, SlaCompliance> overTime(Collection<SlaClock> clocks, TimeWindow window,
                                                                Duration bucket) {
        if (bucket.isNegative() || bucket.isZero()) {
            throw new IllegalArgumentException("bucket must be positive, was " + bucket);
        }
        if (Duration.between(window.from(), window.to()).dividedBy(bucket) >= MAX_BUCKETS) {
            throw new IllegalArgumentException("bucket " + bucket + " cuts the window into too many pieces");
        }
        NavigableMap<Instant, SlaCompliance> series = new TreeMap<>();
        for (Instant start = window.from(); start.isBefore(window.to()); start = start.plus(bucket)) {
            Instant end = start.plus(bucket).isBefore(window.to()) ? start.plus(bucket) : window.to();
            series.put(start, of(clocks, new TimeWindow(start, end)));
        }
        return Collections.unmodifiableNavigableMap(series);
    }

    /** The distribution of time to decision of the clocks started within {@code window}, decided ones only. */
    public static Histogram speedToLead(Collection<SlaClock> clocks, TimeWindow window, List<Duration> upperBounds) {
        return Histogram.ofMillis(decisionMillis(startedIn(clocks, window)), upperBounds);
    }

    private static List<SlaClock> startedIn(Collection<SlaClock> clocks, TimeWindow window) {
        return clocks.stream().filter(clock -> window.contains(clock.startedAt())).collect(Collectors.toList());
    }

    private static long[] decisionMillis(List<SlaClock> clocks) {
        return clocks.stream().filter(SlaClock.Decided.class::isInstance).map(SlaClock.Decided.class::cast)
                .mapToLong(decided -> decided.timeToDecision().toMillis()).toArray();
    }
}
