package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.GroupedReport;
import dev.leadbridge.attribution.application.SlaKpis;
import dev.leadbridge.attribution.domain.kpi.DurationStats;
import dev.leadbridge.attribution.domain.kpi.Histogram;
import dev.leadbridge.attribution.domain.kpi.SlaCompliance;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SLA compliance and speed to lead of the clocks started in {@code [from, to)}, overall and per group. A clock counts
 * once it has an outcome: <b>met</b> when sales decided before it was due, <b>breached</b> when it decided late or
 * has breached without a decision. {@code complianceRate} is met ⁄ (met + breached), absent without clocks. Speed to
 * lead is the wall-clock time from the clock's start (assignment) to sales' decision, over the decided clocks:
 * nearest-rank median and p90 as ISO-8601 durations and in seconds, and a histogram whose last bucket
 * ({@code upTo} absent) holds everything slower than the highest bound. {@code overTime} repeats the counts per
 * bucket of {@code bucket} length from {@code from}, empty buckets included.
 */
public record SlaKpisView(Instant from, Instant to, String groupBy, String bucket, Figures overall,
                          List<Group> groups) {

    public record Figures(long clocks, long met, long breached, Double complianceRate, SpeedToLead speedToLead,
                          List<Bucket> overTime) {
    }

    public record SpeedToLead(long decided, String median, Long medianSeconds, String p90, Long p90Seconds,
                              List<HistogramBucket> histogram) {
    }

    /** Decided clocks slower than the previous bucket's {@code upTo} and at most this one's; the last has no bound. */
    public record HistogramBucket(String upTo, Long upToSeconds, long count) {
    }

    public record Bucket(Instant start, long clocks, long met, long breached, Double complianceRate) {
    }

    public record Group(String group, Figures figures) {
    }

    static SlaKpisView of(TimeWindow window, String groupBy, String bucket, GroupedReport<SlaKpis> report) {
        return new SlaKpisView(window.from(), window.to(), groupBy, bucket, figures(report.overall()),
                report.groups().entrySet().stream()
                        .map(entry -> new Group(entry.getKey(), figures(entry.getValue()))).toList());
    }

    private static Figures figures(SlaKpis kpis) {
        SlaCompliance compliance = kpis.compliance();
        List<Bucket> overTime = kpis.overTime().entrySet().stream()
                .map(entry -> new Bucket(entry.getKey(), entry.getValue().clocks(), entry.getValue().met(),
                        entry.getValue().breached(), rate(entry.getValue())))
                .toList();
        return new Figures(compliance.clocks(), compliance.met(), compliance.breached(), rate(compliance),
                speedToLead(compliance.timeToDecision(), kpis.speedToLead()), overTime);
    }

    private static SpeedToLead speedToLead(DurationStats stats, Histogram histogram) {
        List<HistogramBucket> buckets = new ArrayList<>();
        for (int i = 0; i < histogram.counts().size(); i++) {
            Duration upTo = i < histogram.upperBounds().size() ? histogram.upperBounds().get(i) : null;
            buckets.add(new HistogramBucket(upTo == null ? null : upTo.toString(),
                    upTo == null ? null : upTo.toSeconds(), histogram.counts().get(i)));
        }
        return stats.isEmpty()
                ? new SpeedToLead(0, null, null, null, null, buckets)
                : new SpeedToLead(stats.count(), stats.median().toString(), stats.median().toSeconds(),
                        stats.p90().toString(), stats.p90().toSeconds(), buckets);
    }

    private static Double rate(SlaCompliance compliance) {
        return compliance.compliance().fraction().isPresent() ? compliance.compliance().fraction().getAsDouble()
                : null;
    }
}
