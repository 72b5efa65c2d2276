package dev.leadbridge.benchmarks.system;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard each phase runs. The quick plan is a smoke run that proves every phase works (minutes, figures
 * only indicative); the full plan is the one whose figures go into BENCHMARKS.md.
 *
 * @param name                  printed with the results
 * @param restIdle              idle time after start before memory "at rest" is read
 * @param warmup                closed-loop load before each throughput measurement, not recorded (JIT, pools)
 * @param warmupClients         concurrent clients of the warm-up
 * @param closedLoopDuration    each closed-loop measurement
 * @param closedLoopClients     the concurrencies tried; the best throughput is the closed-loop max
 * @param openLoopStep          each rate step of the open-loop sweep
 * @param openLoopRates         requests per second, rising; the sweep stops after the first step over the p99 limit
 * @param p99LimitMillis        the open-loop p99 that ends the sweep
 * @param assignmentRate        leads per second of the capture-to-assignment phase
 * @param assignmentDuration    how long that phase sends
 * @param assignmentCollectTimeout how long after sending the phase waits for the last assignments
 * @param quietTimeout          the longest wait for the system to catch up (lag and outbox backlog zero) between phases
 * @param producerPerfRecords   records sent by Kafka's producer performance tool
 * @param compilerWarmUpRate    leads per second sent through intake until the services' JIT compilers go quiet
 * @param compilerWarmUpRound   each round of that load; the system catches up after each
 * @param compilerWarmUpRounds  the most rounds; the figures say whether the compilers went quiet
 */
public record BenchmarkPlan(String name, Duration restIdle, Duration warmup, int warmupClients,
                            Duration closedLoopDuration, List<Integer> closedLoopClients, Duration openLoopStep,
                            List<Integer> openLoopRates, long p99LimitMillis, int assignmentRate,
                            Duration assignmentDuration, Duration assignmentCollectTimeout, Duration quietTimeout,
                            int producerPerfRecords, int compilerWarmUpRate, Duration compilerWarmUpRound,
                            int compilerWarmUpRounds) {

    /** ≈ 3 minutes including start-up: every phase once, short. */
    public static BenchmarkPlan quick() {
        return new BenchmarkPlan("quick (smoke run: short phases, figures indicative only)",
                Duration.ofSeconds(10), Duration.ofSeconds(4), 8,
                Duration.ofSeconds(5), List.of(16), Duration.ofSeconds(5),
                List.of(100, 400), 100,
                200, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(5), 30_000,
                50, Duration.ofSeconds(5), 1);
    }

    /** ≈ 2.5 minutes including start-up: the system at rest only, for idle CPU and memory at rest. */
    public static BenchmarkPlan idle() {
        BenchmarkPlan quick = quick();
        return new BenchmarkPlan("idle (the system at rest, no load)", Duration.ofSeconds(60), quick.warmup(),
                quick.warmupClients(), quick.closedLoopDuration(), quick.closedLoopClients(), quick.openLoopStep(),
                quick.openLoopRates(), quick.p99LimitMillis(), quick.assignmentRate(), quick.assignmentDuration(),
                quick.assignmentCollectTimeout(), quick.quietTimeout(), quick.producerPerfRecords(),
                quick.compilerWarmUpRate(), quick.compilerWarmUpRound(), quick.compilerWarmUpRounds());
    }

    /** The full run, under 25 minutes on 2 cores. */
    public static BenchmarkPlan full() {
        return new BenchmarkPlan("full",
                Duration.ofSeconds(20), Duration.ofSeconds(20), 16,
                Duration.ofSeconds(20), List.of(16, 64), Duration.ofSeconds(15),
                List.of(50, 100, 200, 400, 800, 1600, 3200), 100,
                200, Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(45), 300_000,
                50, Duration.ofSeconds(30), 8);
    }
}
