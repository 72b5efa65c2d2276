package dev.leadbridge.benchmarks.kernels;

import java.util.Collection;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * JMH's own command line ({@code -f}, {@code -wi}, {@code -p journeys=…}, {@code -rf json}, a benchmark regex …),
 * which after the run also prints each kernel as a multiple of its same-run floor, per-item costs and the issue-#8
 * targets: ratios travel between machines, absolute times do not. Listing and help go to JMH's {@link Main}.
 */
public final class KernelRun {

    private KernelRun() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (asksForInformationOnly(options)) {
            Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(KernelReport.of(results));
    }

    private static boolean asksForInformationOnly(CommandLineOptions options) {
        return options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats();
    }
}
