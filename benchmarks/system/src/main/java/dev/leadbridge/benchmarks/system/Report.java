package dev.leadbridge.benchmarks.system;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The results as markdown: printed at the end of the run and written to {@code benchmarks/system/target/results.md},
 * ready to be copied into BENCHMARKS.md. Every figure is what was measured; targets are shown beside it, met or not.
 */
final class Report {

    private static final long REST_MEMORY_TARGET = 150L * 1024 * 1024;
    private static final double IDLE_CPU_TARGET = 0.02;

    private final StringBuilder text = new StringBuilder();

    void header(BenchmarkPlan plan, Machine machine, String loadAverage, String command, String setup) {
        line("# LeadBridge system benchmarks (" + plan.name() + ")");
        line("");
        line("- Machine: " + machine.summary());
        line("- Load average (1, 5, 15 min) at start: " + loadAverage);
        line("- Command: `" + command + "`");
        line("- Setup: " + setup);
        line("");
    }

    void compilerWarmUp(CompilerWarmUp.Result result) {
        line("## Compiler warm-up");
        line("");
        line(("Before the capture-to-assignment and intake phases, leads were sent through intake in rounds until no "
                + "service's JIT compilers were at work more than %.2f s per second (HotSpot's `java.ci.totalTime`): "
                + "%s.").formatted(CompilerWarmUp.QUIET_COMPILE_SECONDS_PER_SECOND, result.describe()));
        line("");
    }

    void throughput(ThroughputMeasurement.Figures intake, ThroughputMeasurement.Figures baseline) {
        line("## Intake throughput against the baseline");
        line("");
        line("Open loop: latency from each request's intended send time (HdrHistogram, no coordinated omission); a "
                + "step is *sustained* when p99 ≤ " + intake.p99LimitMillis() + " ms, ≤ 0.1 % failed and ≥ 95 % of "
                + "the offered rate was accepted. The sweep stops after the first step that is not. Closed loop: N "
                + "clients each sending the next request when the last is answered.");
        line("");
        line("| endpoint | mode | accepted/s | p50 ms | p99 ms | p99.9 ms | max ms | refused | errors | sustained "
                + "| afterwards |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (ThroughputMeasurement.Figures figures : List.of(baseline, intake)) {
            figures.sweep().forEach(row -> throughputRow(row, figures.p99LimitMillis(), true));
            figures.closedLoops().forEach(row -> throughputRow(row, figures.p99LimitMillis(), false));
        }
        line("");
        ratio("closed-loop max (accepted/s)", intake.closedLoopMax(), baseline.closedLoopMax());
        ratio("highest sustained open-loop rate (req/s)", intake.highestSustainedRate(),
                baseline.highestSustainedRate());
        line("");
        intake.capturedPerSecond().ifPresent(perSecond -> line(("Events intake published to `leads.captured` during "
                + "its best closed loop: %.0f records/s.").formatted(perSecond)));
        firstFailures(intake, baseline);
        line("");
        coresBusy(intake, baseline);
    }

    /** Where the cores went during each endpoint's best closed loop. */
    private void coresBusy(ThroughputMeasurement.Figures intake, ThroughputMeasurement.Figures baseline) {
        line("Cores kept busy (CPU seconds per second) during each endpoint's best closed loop:");
        line("");
        line("| process | baseline run | intake run |");
        line("|---|---|---|");
        intake.coresBusyInBestClosedLoop().forEach((name, cores) -> line("| %s | %.2f | %.2f |".formatted(name,
                baseline.coresBusyInBestClosedLoop().getOrDefault(name, 0.0), cores)));
        line("");
    }

    void assignment(AssignmentLatency.Result result, int rate) {
        line("## Capture → `lead.assigned` at " + rate + " leads/s");
        line("");
        line("Strong leads (an MQL on score alone) posted open-loop; latency from the events: "
                + "`LeadAssigned.assignedAt − LeadCaptured.capturedAt`, and up to the `lead.assigned` record's Kafka "
                + "timestamp (the assignment published).");
        line("");
        line(("Intake during the phase: %.0f accepted/s, HTTP p50 %.1f ms, p99 %.1f ms, %d refused, %d errors. "
                + "Leads accepted: %d; assigned (both events found) within %d s after the load: %d; queued instead "
                + "of assigned: %d. Qualification's pace: %.0f assignments/s (first to last `assignedAt`).")
                .formatted(result.load().throughput(), result.load().percentileMillis(50),
                        result.load().percentileMillis(99), result.load().outcomes().refused(),
                        result.load().outcomes().errors(), result.leads(), result.waitedAfterLoad().toSeconds(),
                        result.assigned(), result.queued(), result.assignedPerSecond()));
        if (result.assigned() < result.leads()) {
            line("");
            line(("**%d leads were not assigned within the wait: they are missing from the percentiles below, "
                    + "which therefore understate the true latency.**").formatted(result.leads() - result.assigned()));
        }
        line("");
        line("| interval | p50 ms | p90 ms | p99 ms | max ms | target |");
        line("|---|---|---|---|---|---|");
        line(latencyRow("capturedAt → assignedAt", result.eventTimes(),
                "p50 ≤ 30 ms, p99 ≤ 150 ms: " + metOrNot(result)));
        line(latencyRow("capturedAt → assignment on Kafka", result.toPublished(), ""));
        line("");
    }

    /** CPU at rest: the LeadBridge processes together against the target, the bare baseline app beside them. */
    void idleCpu(Map<String, Double> coresBusy, long seconds, long settledSeconds) {
        line("## CPU at rest");
        line("");
        line(("Cores kept busy over %d s with no load, %s. The system: the four services, the broker and "
                + "PostgreSQL; the baseline app (a bare Quarkus app with one REST endpoint and a database pool) is "
                + "the same run's reference for an idle JVM.").formatted(seconds, settledSeconds > 0
                ? settledSeconds + " s after every process was ready" : "right after every process was ready"));
        line("");
        line("| process | % of a core |");
        line("|---|---|");
        double system = 0;
        for (Map.Entry<String, Double> process : coresBusy.entrySet()) {
            line("| %s | %.2f %% |".formatted(process.getKey(), process.getValue() * 100));
            if (!process.getKey().equals("baseline-app") && !process.getKey().equals(CpuTimes.LOAD_GENERATOR)) {
                system += process.getValue();
            }
        }
        line("| **the system** | **%.2f %%** (≤ 2 %%: %s) |".formatted(system * 100,
                system <= IDLE_CPU_TARGET ? "met" : "not met"));
        line("");
    }

    void memory(Map<String, Long> atRest, Map<String, Long> peak, long restIdleSeconds) {
        line("## Resident memory (VmRSS)");
        line("");
        line("At rest: " + restIdleSeconds + " s after every process was ready, before any load. Peak: the highest "
                + "once-a-second sample during all load phases. The JVM options of the services and the baseline app "
                + "are in the setup above (broker: `-Xmx512m`).");
        line("");
        line("| process | at rest | peak | at rest ≤ 150 MiB |");
        line("|---|---|---|---|");
        atRest.forEach((name, bytes) -> line("| %s | %s | %s | %s |".formatted(name, Bytes.mebibytes(bytes),
                Bytes.mebibytes(peak.getOrDefault(name, -1L)),
                name.endsWith("-service") ? (bytes >= 0 && bytes <= REST_MEMORY_TARGET ? "met" : "not met") : "—")));
        line("");
    }

    void broker(ProducerPerformanceBaseline.Result result, ThroughputMeasurement.Figures intake) {
        line("## Broker baseline: Kafka's producer performance tool");
        line("");
        line(("`ProducerPerformance`, %d records of %d bytes, acks=all, unthrottled, to a %s: "
                + "**%.0f records/s (%.2f MB/s)**, latency avg %.1f ms, p50 %s ms, p99 %s ms, max %.1f ms.")
                .formatted(result.records(), ProducerPerformanceBaseline.RECORD_SIZE,
                        "6-partition topic on the system's broker while the services idle",
                        result.recordsPerSecond(), result.megabytesPerSecond(), result.averageLatencyMillis(),
                        result.p50Millis(), result.p99Millis(), result.maxLatencyMillis()));
        line("");
        line("Tool summary: `" + result.summaryLine() + "`");
        if (intake != null) {
            intake.capturedPerSecond().ifPresent(perSecond -> line(("%nIntake's best closed loop published %.0f "
                    + "records/s to `leads.captured`: %.1f %% of the broker's own rate.").formatted(perSecond,
                    100 * perSecond / result.recordsPerSecond())));
        }
        line("");
    }

    void failure(String phase, Exception cause) {
        line("## " + phase + ": FAILED");
        line("");
        line("`" + cause + "`");
        line("");
    }

    void footer(String loadAverage, long elapsedSeconds) {
        line("Load average (1, 5, 15 min) at the end: " + loadAverage + "; the run took " + elapsedSeconds + " s.");
    }

    String markdown() {
        return text.toString();
    }

    private void throughputRow(ThroughputMeasurement.Row row, long p99LimitMillis, boolean openLoop) {
        LoadResult result = row.result();
        line("| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %s | %s |".formatted(result.target(),
                result.mode(), result.throughput(), result.percentileMillis(50), result.percentileMillis(99),
                result.percentileMillis(99.9), result.maxMillis(), result.outcomes().refused(),
                result.outcomes().errors(), openLoop ? (result.sustained(p99LimitMillis) ? "yes" : "no") : "—",
                row.afterwards()));
    }

    private void ratio(String figure, double intake, double baseline) {
        String ratio = baseline > 0 ? "%.0f %%".formatted(100 * intake / baseline) : "n/a";
        String verdict = baseline > 0 ? (intake >= 0.5 * baseline ? "met" : "not met") : "n/a";
        line("- %s: intake %.0f, baseline %.0f → **%s** of the baseline (target ≥ 50 %%: %s)".formatted(figure,
                intake, baseline, ratio, verdict));
    }

    private void firstFailures(ThroughputMeasurement.Figures... all) {
        for (ThroughputMeasurement.Figures figures : all) {
            figures.sweep().stream().map(row -> row.result().outcomes().firstFailure()).filter(f -> !f.isEmpty())
                    .findFirst().ifPresent(first -> line("\nFirst failure seen on " + figures.target() + ": `"
                            + first + "`"));
        }
    }

    private static String latencyRow(String interval, Histogram micros, String target) {
        return "| %s | %.1f | %.1f | %.1f | %.1f | %s |".formatted(interval, millis(micros, 50), millis(micros, 90),
                millis(micros, 99), micros.getMaxValue() / 1000.0, target);
    }

    private static String metOrNot(AssignmentLatency.Result result) {
        Histogram micros = result.eventTimes();
        if (micros.getTotalCount() == 0) {
            return "no data";
        }
        // more than 1 % unassigned: the true p99 lies beyond the wait, whatever the histogram says
        boolean p99Known = result.leads() - result.assigned() <= result.leads() / 100;
        return p99Known && millis(micros, 50) <= 30 && millis(micros, 99) <= 150 ? "met" : "not met";
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
