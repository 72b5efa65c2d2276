package dev.leadbridge.benchmarks.kernels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * The table JMH does not print: every kernel beside the floor benchmark of its class measured with the same
 * parameters in the same run, the cost per item (journey or lead), and the issue-#8 targets met or not.
 * <p>
 * A class's floor is its benchmark whose name starts with {@value #FLOOR_PREFIX}. "x floor" is how many times longer
 * the kernel takes than the floor, for single-shot times and throughputs alike.
 */
final class KernelReport {

    static final String FLOOR_PREFIX = "floor";
    private static final String JOURNEYS = "journeys";
    private static final String GROUP_BY = "groupBy";

    private final List<RunResult> results;
    private final StringBuilder text = new StringBuilder();

    private KernelReport(Collection<RunResult> results) {
        this.results = new ArrayList<>(results);
        this.results.sort(Comparator.comparing((RunResult result) -> result.getParams().getBenchmark())
                .thenComparingLong(result -> journeys(result.getParams()))
                .thenComparing(result -> param(result.getParams(), GROUP_BY)));
    }

    static String of(Collection<RunResult> results) {
        KernelReport report = new KernelReport(results);
        report.kernelsAgainstFloors();
        report.targets();
        return report.text.toString();
    }

    private void kernelsAgainstFloors() {
        line("Kernels against the floor of their class, same run (x floor = kernel time / floor time)");
        line("%-55s %-10s %-9s %14s %12s %-8s %14s %9s", "benchmark", JOURNEYS, "groupBy", "score", "error", "unit",
                "ns per item", "x floor");
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            line("%-55s %-10s %-9s %14.3f %12.3f %-8s %14s %9s", shortName(params), param(params, JOURNEYS),
                    param(params, GROUP_BY), score(result), result.getPrimaryResult().getScoreError(),
                    result.getPrimaryResult().getScoreUnit(), nanosPerItem(result), timesFloor(result));
        }
    }

    private void targets() {
        line("");
        line("Issue #8 targets (this machine, this run)");
        find("AttributionBenchmarks.allSevenRuleModels", "1000000", null).ifPresent(result ->
                target("all seven rule models, 1,000,000 journeys x 8 touches, one thread", seconds(result), "s",
                        seconds(result) <= 10, "<= 10 s"));
        for (String groupBy : List.of("CHANNEL", "CAMPAIGN")) {
            find("MarkovBenchmarks.fitAndCreditWonDeals", "100000", groupBy).ifPresent(result ->
                    target("markov (fit and credit), 100,000 journeys, states by " + groupBy, seconds(result), "s",
                            seconds(result) <= 5, "<= 5 s"));
        }
        find("ScoringBenchmarks.scoreLead", null, null).ifPresent(result ->
                target("scoring, 50-rule model, 20 touchpoints, one thread", score(result), "leads/s",
                        score(result) >= 100_000, ">= 100,000 leads/s"));
    }

    private void target(String figure, double value, String unit, boolean met, String goal) {
        line("  %-75s %14.2f %-8s target %-20s %s", figure, value, unit, goal, met ? "met" : "NOT met");
    }

    /** Nanoseconds per journey for batch kernels, per operation (lead) for throughput ones. */
    private static String nanosPerItem(RunResult result) {
        double nanosPerOperation = nanosPerOperation(result);
        long journeys = journeys(result.getParams());
        return String.format(Locale.ROOT, "%.1f", nanosPerOperation / Math.max(journeys, 1));
    }

    private String timesFloor(RunResult result) {
        if (isFloor(result.getParams())) {
            return "1.0";
        }
        return floorOf(result.getParams())
                .map(floor -> String.format(Locale.ROOT, "%.1f", nanosPerOperation(result) / nanosPerOperation(floor)))
                .orElse("-");
    }

    private Optional<RunResult> floorOf(BenchmarkParams kernel) {
        String benchmarkClass = className(kernel);
        return results.stream()
                .filter(candidate -> isFloor(candidate.getParams()))
                .filter(candidate -> className(candidate.getParams()).equals(benchmarkClass))
                .filter(candidate -> sameParameters(candidate.getParams(), kernel))
                .findFirst();
    }

    /** The result of {@code benchmark} ("Class.method") with the given parameters, {@code null} meaning any. */
    private Optional<RunResult> find(String benchmark, String journeys, String groupBy) {
        return results.stream()
                .filter(result -> shortName(result.getParams()).equals(benchmark))
                .filter(result -> journeys == null || journeys.equals(result.getParams().getParam(JOURNEYS)))
                .filter(result -> groupBy == null || groupBy.equals(result.getParams().getParam(GROUP_BY)))
                .findFirst();
    }

    private static boolean sameParameters(BenchmarkParams first, BenchmarkParams second) {
        return first.getParamsKeys().equals(second.getParamsKeys()) && first.getParamsKeys().stream()
                .allMatch(key -> first.getParam(key).equals(second.getParam(key)));
    }

    private static boolean isFloor(BenchmarkParams params) {
        return methodName(params).startsWith(FLOOR_PREFIX);
    }

    /** The primary score in nanoseconds per operation, from a throughput ("ops/s") or a time ("ms/op"). */
    private static double nanosPerOperation(RunResult result) {
        String[] unit = result.getPrimaryResult().getScoreUnit().split("/");
        return unit[0].equals("ops") ? nanosIn(unit[1]) / score(result) : score(result) * nanosIn(unit[0]);
    }

    private static double nanosIn(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }

    private static double seconds(RunResult result) {
        return nanosPerOperation(result) / nanosIn("s");
    }

    private static double score(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    /** The batch size of a batch kernel; 0 for a kernel that handles one item per operation. */
    private static long journeys(BenchmarkParams params) {
        String journeys = params.getParam(JOURNEYS);
        return journeys == null ? 0 : Long.parseLong(journeys);
    }

    private static String param(BenchmarkParams params, String key) {
        String value = params.getParam(key);
        return value == null ? "-" : value;
    }

    /** "ScoringBenchmarks.scoreLead" from the fully qualified benchmark name. */
    private static String shortName(BenchmarkParams params) {
        return className(params) + "." + methodName(params);
    }

    private static String className(BenchmarkParams params) {
        String qualifiedClass = params.getBenchmark().substring(0, params.getBenchmark().lastIndexOf('.'));
        return qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1);
    }

    private static String methodName(BenchmarkParams params) {
        return params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    }

    private void line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
