package dev.leadbridge.benchmarks.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends leads through intake in rounds until every service's JIT compilers go quiet, so the measured phases compare
 * warm code. On two cores four services compile for minutes under their first load (qualification's C2 thread used
 * 8.1 s of CPU in 30 s of it), and a phase measured during that measures the compiling. Compiler time is HotSpot's own counter
 * ({@code java.ci.totalTime}, what {@code jstat -compiler} reads), taken with {@code jcmd PerfCounter.print}.
 */
final class CompilerWarmUp {

    /**
     * A round is quiet when no service's compilers were at work for more than this many seconds per second. The
     * counter is the compile tasks' elapsed time, so with C1 and C2 busy at once it can pass one per second.
     */
    static final double QUIET_COMPILE_SECONDS_PER_SECOND = 0.10;

    /**
     * @param rounds            rounds run
     * @param quiet             whether the last round was quiet
     * @param lastRoundCompiling each service's compiler seconds per second during the last round
     * @param took              the whole warm-up
     */
    record Result(int rounds, boolean quiet, Map<String, Double> lastRoundCompiling, Duration took) {

        String describe() {
            StringBuilder cores = new StringBuilder();
            lastRoundCompiling.forEach((name, busy) -> cores.append(cores.isEmpty() ? "" : ", ")
                    .append(name).append(" %.2f".formatted(busy)));
            return "%d round(s) in %d s, %s; compiler seconds per second in the last round: %s".formatted(rounds,
                    took.toSeconds(), quiet ? "compilers quiet" : "compilers NOT quiet yet", cores);
        }
    }

    private CompilerWarmUp() {
    }

    /**
     * Runs rounds of {@code rate} leads/s for {@code round}, each followed by {@code drain} (the system catching up),
     * until a round is quiet or {@code maxRounds} ran.
     */
    static Result run(Map<String, Long> servicePids, int rate, Duration round, int maxRounds, Runnable load,
                      Runnable drain, Consumer<String> log) {
        long started = System.nanoTime();
        Map<String, Double> before = compilerSeconds(servicePids);
        for (int done = 1; ; done++) {
            long roundStarted = System.nanoTime();
            load.run();
            drain.run();
            double wallSeconds = (System.nanoTime() - roundStarted) / 1e9;
            Map<String, Double> after = compilerSeconds(servicePids);
            Map<String, Double> compiling = new LinkedHashMap<>();
            after.forEach((name, seconds) -> compiling.put(name, (seconds - before.get(name)) / wallSeconds));
            boolean quiet = compiling.values().stream().allMatch(busy -> busy <= QUIET_COMPILE_SECONDS_PER_SECOND);
            Result result = new Result(done, quiet, compiling, Duration.ofNanos(System.nanoTime() - started));
            log.accept("compiler warm-up at " + rate + " leads/s: " + result.describe());
            if (quiet || done == maxRounds) {
                return result;
            }
            before.putAll(after);
        }
    }

    private static Map<String, Double> compilerSeconds(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, compilerSeconds(pid)));
        return seconds;
    }

    /** Seconds the process's JIT compilers have spent so far. */
    static double compilerSeconds(long pid) {
        String counters = perfCounters(pid);
        return counter(counters, "java.ci.totalTime") / (double) counter(counters, "sun.os.hrt.frequency");
    }

    private static String perfCounters(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "PerfCounter.print")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " PerfCounter.print failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the counters of " + pid, e);
        }
    }

    static long counter(String counters, String name) {
        for (String line : counters.split("\n")) {
            if (line.startsWith(name + "=")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        throw new IllegalStateException("no counter " + name + " in the process's performance counters");
    }
}
