package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.kpi.Histogram;
import dev.leadbridge.attribution.domain.kpi.SlaClock;
import dev.leadbridge.attribution.domain.kpi.SlaCompliance;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;

/**
 * The SLA figures of the clocks started in a window: compliance and speed to lead over the whole window, the same
 * per time bucket, and the distribution of speed to lead over {@link #SPEED_TO_LEAD_BOUNDS}.
 */
public record SlaKpis(SlaCompliance compliance, NavigableMap<Instant, SlaCompliance> overTime,
                      Histogram speedToLead) {

    /** Histogram buckets a sales manager reads at a glance: minutes, hours, a working day, days. */
    public static final List<Duration> SPEED_TO_LEAD_BOUNDS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1),
            Duration.ofDays(2));

    static SlaKpis of(Collection<SlaClock> clocks, TimeWindow window, Duration bucket) {
        return new SlaKpis(SlaCompliance.of(clocks, window), SlaCompliance.overTime(clocks, window, bucket),
                SlaCompliance.speedToLead(clocks, window, SPEED_TO_LEAD_BOUNDS));
    }
}
