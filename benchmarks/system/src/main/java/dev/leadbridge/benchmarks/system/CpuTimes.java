package dev.leadbridge.benchmarks.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used so far by each measured process, by PostgreSQL (all its processes together) and by this JVM (the load
 * generator). The difference over a measurement, divided by its wall time, is the cores each one kept busy: on a
 * machine with few cores that shows where they went.
 */
final class CpuTimes {

    static final String POSTGRES = "postgresql (all processes)";
    static final String LOAD_GENERATOR = "benchmark JVM (load generator)";

    private final Map<String, Long> pids;
    private final String postgresBinaries;

    /**
     * @param pids             process id by name, in print order
     * @param postgresBinaries where the PostgreSQL binaries were unpacked: its processes run from there
     */
    CpuTimes(Map<String, Long> pids, Path postgresBinaries) {
        this.pids = new LinkedHashMap<>(pids);
        this.postgresBinaries = postgresBinaries.toAbsolutePath().toString();
    }

    Map<String, Duration> now() {
        Map<String, Duration> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> used.put(name, ProcessHandle.of(pid).flatMap(CpuTimes::cpu).orElse(Duration.ZERO)));
        used.put(POSTGRES, ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.startsWith(postgresBinaries))
                        .orElse(false))
                .map(process -> cpu(process).orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus));
        used.put(LOAD_GENERATOR, cpu(ProcessHandle.current()).orElse(Duration.ZERO));
        return used;
    }

    /** Cores kept busy by each between two readings {@code elapsed} apart. */
    static Map<String, Double> coresBusy(Map<String, Duration> before, Map<String, Duration> after,
                                         Duration elapsed) {
        Map<String, Double> cores = new LinkedHashMap<>();
        after.forEach((name, used) -> cores.put(name,
                used.minus(before.getOrDefault(name, Duration.ZERO)).toNanos() / (double) elapsed.toNanos()));
        return cores;
    }

    private static Optional<Duration> cpu(ProcessHandle process) {
        return process.info().totalCpuDuration();
    }
}
