package dev.leadbridge.benchmarks.system;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * One load measurement against one endpoint.
 *
 * @param target      the endpoint's name
 * @param mode        e.g. {@code closed, 16 clients} or {@code open, 400/s}
 * @param offeredRate requests per second sent (open loop); 0 for a closed loop, which sends as fast as answers come
 * @param elapsed     from the first send to the last answer
 * @param outcomes    answers and errors
 * @param latencies   microseconds; open loop from each request's intended send time (no coordinated omission)
 */
record LoadResult(String target, String mode, int offeredRate, Duration elapsed, Outcomes outcomes,
                  Histogram latencies) {

    /** Accepted (202) answers per second. */
    double throughput() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : outcomes.accepted() / seconds;
    }

    double percentileMillis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return latencies.getMaxValue() / 1000.0;
    }

    /** Within the p99 limit, with (nearly) every request accepted and the offered rate kept up with. */
    boolean sustained(long p99LimitMillis) {
        boolean keptUp = offeredRate == 0 || throughput() >= 0.95 * offeredRate;
        return percentileMillis(99) <= p99LimitMillis && outcomes.failureRatio() <= 0.001 && keptUp;
    }
}
