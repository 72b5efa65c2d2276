package dev.leadbridge.benchmarks.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One endpoint's throughput: a warm-up, then the open-loop sweep at rising rates until a step misses the p99 limit
 * (or loses requests, or cannot keep up with the offered rate), then the closed loop at each concurrency. Between
 * measurements it waits for the system to catch up, so a step is not slowed by the backlog of the one before.
 */
final class ThroughputMeasurement {

    /** A measurement and what the wait after it found. */
    record Row(LoadResult result, String afterwards) {
    }

    /**
     * @param target           the endpoint's name
     * @param sweep            open-loop steps in order
     * @param closedLoops      closed-loop runs in order
     * @param capturedPerSecond records published to leads.captured per second during the best closed loop; empty for
     *                         the baseline, which publishes nothing
     * @param coresBusyInBestClosedLoop per process, CPU seconds per second during the best closed loop
     */
    record Figures(String target, List<Row> sweep, List<Row> closedLoops, Optional<Double> capturedPerSecond,
                   Map<String, Double> coresBusyInBestClosedLoop, long p99LimitMillis) {

        /** The highest offered rate that was sustained; 0 when even the first was not. */
        int highestSustainedRate() {
            return sweep.stream().map(Row::result).filter(result -> result.sustained(p99LimitMillis))
                    .mapToInt(LoadResult::offeredRate).max().orElse(0);
        }

        double closedLoopMax() {
            return bestClosedLoop().map(LoadResult::throughput).orElse(0.0);
        }

        Optional<LoadResult> bestClosedLoop() {
            return closedLoops.stream().map(Row::result).max(Comparator.comparingDouble(LoadResult::throughput));
        }
    }

    /**
     * What the measurement needs from the system beside the load.
     *
     * @param afterMeasurement waits for the system to catch up after a measurement and describes the wait
     * @param capturedRecords  records on leads.captured so far, or -1 where that means nothing (the baseline)
     */
    record Hooks(Supplier<String> afterMeasurement, LongSupplier capturedRecords) {

        static Hooks none() {
            return new Hooks(() -> "", () -> -1);
        }
    }

    /** The closed loop at one concurrency, with what happened around it. */
    private record ClosedLoop(Row row, double capturedPerSecond, Map<String, Double> coresBusy) {
    }

    private final LoadGenerator generator;
    private final BenchmarkPlan plan;
    private final CpuTimes cpuTimes;

    ThroughputMeasurement(LoadGenerator generator, BenchmarkPlan plan, CpuTimes cpuTimes) {
        this.generator = generator;
        this.plan = plan;
        this.cpuTimes = cpuTimes;
    }

    Figures measure(LoadTarget target, Hooks hooks) {
        log(target, "warm-up, closed loop, " + plan.warmupClients() + " clients, " + plan.warmup().toSeconds() + " s");
        generator.closedLoop(target, plan.warmupClients(), plan.warmup());
        hooks.afterMeasurement().get();
        List<Row> sweep = sweep(target, hooks);
        List<ClosedLoop> closedLoops = plan.closedLoopClients().stream()
                .map(clients -> closedLoop(target, clients, hooks)).toList();
        ClosedLoop best = closedLoops.stream()
                .max(Comparator.comparingDouble(loop -> loop.row().result().throughput())).orElseThrow();
        Optional<Double> capturedPerSecond = best.capturedPerSecond() >= 0
                ? Optional.of(best.capturedPerSecond()) : Optional.empty();
        return new Figures(target.name(), sweep, closedLoops.stream().map(ClosedLoop::row).toList(),
                capturedPerSecond, best.coresBusy(), plan.p99LimitMillis());
    }

    private ClosedLoop closedLoop(LoadTarget target, int clients, Hooks hooks) {
        long capturedBefore = hooks.capturedRecords().getAsLong();
        Map<String, Duration> cpuBefore = cpuTimes.now();
        LoadResult result = generator.closedLoop(target, clients, plan.closedLoopDuration());
        Map<String, Duration> cpuAfter = cpuTimes.now();
        long capturedAfter = hooks.capturedRecords().getAsLong();
        log(target, describe(result));
        double seconds = result.elapsed().toNanos() / 1e9;
        double capturedPerSecond = capturedBefore < 0 ? -1 : (capturedAfter - capturedBefore) / seconds;
        return new ClosedLoop(new Row(result, hooks.afterMeasurement().get()), capturedPerSecond,
                CpuTimes.coresBusy(cpuBefore, cpuAfter, result.elapsed()));
    }

    private List<Row> sweep(LoadTarget target, Hooks hooks) {
        List<Row> rows = new ArrayList<>();
        for (int rate : plan.openLoopRates()) {
            LoadResult result = generator.openLoop(target, rate, plan.openLoopStep());
            rows.add(new Row(result, hooks.afterMeasurement().get()));
            log(target, describe(result));
            if (!result.sustained(plan.p99LimitMillis())) {
                break;
            }
        }
        return rows;
    }

    static String describe(LoadResult result) {
        return "%s: %.0f accepted/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d refused, %d errors %s".formatted(
                result.mode(), result.throughput(), result.percentileMillis(50), result.percentileMillis(99),
                result.maxMillis(), result.outcomes().refused(), result.outcomes().errors(),
                result.outcomes().firstFailure());
    }

    private static void log(LoadTarget target, String message) {
        System.out.println("[benchmark] " + target.name() + ": " + message);
    }
}
