package dev.leadbridge.benchmarks.system;

import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.SystemOptions;
import dev.leadbridge.infrastructure.postgres.PostgresOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The system benchmarks (issue #8): the packaged services as processes on a real broker and database, beside a
 * baseline app and Kafka's own producer tool measured in the same run, so the figures travel as ratios.
 *
 * <ol>
 *   <li>start the system and the baseline app; configure an API key and a team; idle, then read memory at rest;</li>
 *   <li>broker baseline: Kafka's producer performance tool;</li>
 *   <li>throughput of the baseline: open-loop sweep and closed loop;</li>
 *   <li>capture → {@code lead.assigned} latency at a fixed lead rate;</li>
 *   <li>throughput of intake: open-loop sweep and closed loop.</li>
 *   <li>memory peaks over all of it; print the report and write it as markdown.</li>
 * </ol>
 *
 * <p>Run through {@code benchmarks/system/run [--quick|--idle] [--durable] [--jvm="options"]} from anywhere;
 * {@code --quick} is a smoke run, {@code --idle} measures only the system at rest (CPU and memory, after it settled), {@code --durable} runs PostgreSQL with fsync and synchronous commit on (test servers run with both
 * off), {@code --jvm} starts the services and the baseline app with other JVM options than the local run's.
 */
public final class SystemBenchmarks {

    /** Held so the setting is not garbage-collected: Kafka clients report every connection at INFO. */
    private static final Logger KAFKA_LOG = Logger.getLogger("org.apache.kafka");
    /** Intake's limits per client IP and per API key exist against abuse; the benchmark is one address and one key. */
    private static final String UNLIMITED_PER_MINUTE = "1000000000";
    private static final String JVM_ARGUMENT = "--jvm=";
    /** Before idle CPU is measured at rest: consumers join their groups, the first ticks and compilations pass. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final Path root;
    private final BenchmarkPlan plan;
    private final boolean durable;
    private final boolean idleOnly;
    private final Optional<List<String>> jvmOptions;
    private final String command;
    private final Report report = new Report();
    private final LoadGenerator generator = new LoadGenerator();

    private SystemBenchmarks(Path root, BenchmarkPlan plan, boolean durable, boolean idleOnly,
                             Optional<List<String>> jvmOptions, String command) {
        this.root = root;
        this.plan = plan;
        this.durable = durable;
        this.idleOnly = idleOnly;
        this.jvmOptions = jvmOptions;
        this.command = command;
    }

    public static void main(String[] args) {
        KAFKA_LOG.setLevel(Level.WARNING);
        List<String> arguments = Arrays.asList(args);
        Optional<List<String>> jvmOptions = arguments.stream().filter(argument -> argument.startsWith(JVM_ARGUMENT))
                .findFirst().map(argument -> List.of(argument.substring(JVM_ARGUMENT.length()).trim().split("\\s+")));
        List<String> flags = arguments.stream().filter(argument -> !argument.startsWith(JVM_ARGUMENT)).toList();
        if (!List.of("--quick", "--idle", "--durable").containsAll(flags)
                || (flags.contains("--quick") && flags.contains("--idle"))) {
            System.err.println("usage: benchmarks/system/run [--quick|--idle] [--durable] [--jvm=\"JVM options\"]");
            System.exit(2);
        }
        boolean idleOnly = flags.contains("--idle");
        BenchmarkPlan plan = idleOnly ? BenchmarkPlan.idle()
                : flags.contains("--quick") ? BenchmarkPlan.quick() : BenchmarkPlan.full();
        Path root = Path.of(System.getProperty("leadbridge.project.root", "")).toAbsolutePath().normalize();
        String command = ("benchmarks/system/run " + arguments.stream()
                .map(argument -> argument.startsWith(JVM_ARGUMENT)
                        ? JVM_ARGUMENT + "\"" + argument.substring(JVM_ARGUMENT.length()) + "\"" : argument)
                .collect(Collectors.joining(" "))).trim();
        new SystemBenchmarks(root, plan, flags.contains("--durable"), idleOnly, jvmOptions, command).run();
        // the HTTP client's and Kafka's non-daemon threads must not keep the JVM alive
        System.exit(0);
    }

    private void run() {
        long started = System.nanoTime();
        Machine machine = Machine.describe();
        String loadAtStart = Machine.loadAverage();
        // logs of an earlier run would mix with this one's
        Directories.deleteRecursively(workDir().resolve("run"));
        Path apps = PackagedApps.snapshot(root, workDir().resolve("apps"));
        try (RunningProcesses processes = RunningProcesses.start(apps, options())) {
            report.header(plan, machine, loadAtStart, command, setupDescription(processes.system()));
            measure(processes);
        }
        report.footer(Machine.loadAverage(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        publish(report.markdown());
    }

    /** A throw-away system on free ports; durable on request (ephemeral servers run with fsync off). */
    private SystemOptions options() {
        Path workDir = workDir();
        SystemOptions ephemeral = SystemOptions.ephemeral(workDir.resolve("run"), workDir.resolve("postgres-binaries"));
        SystemOptions options = durable ? new SystemOptions(ephemeral.stateDir(), ephemeral.kafka(),
                new PostgresOptions(ephemeral.postgres().port(), ephemeral.postgres().dataDir(),
                        ephemeral.postgres().binariesDir(), true, true),
                ephemeral.partitions(), ephemeral.localPorts(), ephemeral.environment(), ephemeral.jvmOptions(),
                ephemeral.keycloak())
                : ephemeral;
        return jvmOptions.map(options::withJvmOptions).orElse(options)
                .with(LeadBridgeService.LEAD_INTAKE, "RATE_LIMIT_PER_IP_PER_MINUTE", UNLIMITED_PER_MINUTE)
                .with(LeadBridgeService.LEAD_INTAKE, "RATE_LIMIT_PER_API_KEY_PER_MINUTE", UNLIMITED_PER_MINUTE);
    }

    private static String setupDescription(LeadBridgeSystem system) {
        return ("Kafka %s, one node (KRaft), LeadBridge topics with 6 partitions; %s (embedded), one server for the "
                + "services and the baseline app, each in its own database; the four services and the baseline app "
                + "from their packaged fast-jars, each JVM with `%s`; intake's rate limits raised; the load generator "
                + "runs on the same machine.").formatted(AppInfoParser.getVersion(),
                DatabaseSettings.describe(system.postgres()), String.join(" ", system.options().jvmOptions()));
    }

    private void measure(RunningProcesses processes) {
        LeadBridgeSystem system = processes.system();
        SystemSetup setup = new SystemSetup(system);
        setup.oneTeamWithRoomForEveryLead();
        LoadTarget intake = new LoadTarget("intake", URI.create(system.baseUrl(LeadBridgeService.LEAD_INTAKE)
                + "/api/v1/leads"), Map.of("X-Api-Key", setup.apiKey()));
        LoadTarget baseline = new LoadTarget("baseline", URI.create(processes.baseline().baseUrl()
                + BaselineApp.LEADS_PATH), Map.of());
        Map<String, Long> pids = processIds(processes);
        CpuTimes cpuTimes = new CpuTimes(pids, workDir().resolve("postgres-binaries"));
        try (MemorySampler memory = new MemorySampler(pids);
             SystemBacklog backlog = new SystemBacklog(system)) {
            if (idleOnly) {
                log("settling for " + SETTLE.toSeconds() + " s before measuring the system at rest");
                sleep(SETTLE);
            }
            log("idle for " + plan.restIdle().toSeconds() + " s: CPU at rest, then memory at rest");
            Map<String, Duration> beforeRest = cpuTimes.now();
            sleep(plan.restIdle());
            report.idleCpu(CpuTimes.coresBusy(beforeRest, cpuTimes.now(), plan.restIdle()),
                    plan.restIdle().toSeconds(), idleOnly ? SETTLE.toSeconds() : 0);
            Map<String, Long> atRest = memory.now();
            if (idleOnly) {
                report.memory(atRest, Map.of(), plan.restIdle().toSeconds());
                return;
            }
            memory.start();
            measureUnderLoad(system, new ThroughputMeasurement(generator, plan, cpuTimes), intake, baseline, backlog,
                    servicesOf(pids));
            report.memory(atRest, memory.peaks(), plan.restIdle().toSeconds());
        }
    }

    private void measureUnderLoad(LeadBridgeSystem system, ThroughputMeasurement throughput, LoadTarget intake,
                                  LoadTarget baseline, SystemBacklog backlog, Map<String, Long> servicePids) {
        Optional<ProducerPerformanceBaseline.Result> broker = attempt("Broker baseline",
                () -> ProducerPerformanceBaseline.run(system.kafka(), plan.producerPerfRecords(),
                        system.logDir().resolve("producer-performance.log")));
        // the baseline first, while the services idle: later, they are still working off the leads sent to intake
        Optional<ThroughputMeasurement.Figures> baselineFigures = attempt("Baseline throughput",
                () -> throughput.measure(baseline, ThroughputMeasurement.Hooks.none()));
        // the services compile for minutes under their first load; measure them warm
        Optional<CompilerWarmUp.Result> warmUp = attempt("Compiler warm-up", () -> CompilerWarmUp.run(servicePids,
                plan.compilerWarmUpRate(), plan.compilerWarmUpRound(), plan.compilerWarmUpRounds(),
                () -> generator.openLoop(intake, plan.compilerWarmUpRate(), plan.compilerWarmUpRound()),
                () -> backlog.awaitQuiet(plan.quietTimeout()), SystemBenchmarks::log));
        Optional<AssignmentLatency.Result> assignment = attempt("Capture → lead.assigned",
                () -> assignmentLatency(intake, system, backlog));
        // intake's leads flow on through the system: wait for it to catch up between measurements
        Optional<ThroughputMeasurement.Figures> intakeFigures = attempt("Intake throughput",
                () -> throughput.measure(intake, new ThroughputMeasurement.Hooks(
                        () -> backlog.awaitQuiet(plan.quietTimeout()).describe(),
                        () -> backlog.recordsOn(Topics.LEADS_CAPTURED))));
        warmUp.ifPresent(report::compilerWarmUp);
        if (intakeFigures.isPresent() && baselineFigures.isPresent()) {
            report.throughput(intakeFigures.get(), baselineFigures.get());
        }
        assignment.ifPresent(result -> report.assignment(result, plan.assignmentRate()));
        broker.ifPresent(result -> report.broker(result, intakeFigures.orElse(null)));
    }

    private AssignmentLatency.Result assignmentLatency(LoadTarget intake, LeadBridgeSystem system,
                                                      SystemBacklog backlog) {
        int rate = plan.assignmentRate();
        log("capture → assignment: warm-up at " + rate / 2 + " leads/s for " + plan.warmup().toSeconds() + " s");
        generator.openLoop(intake, rate / 2, plan.warmup());
        log("warm-up backlog: " + backlog.awaitQuiet(plan.quietTimeout()).describe());
        log("capture → assignment: " + rate + " leads/s for " + plan.assignmentDuration().toSeconds() + " s");
        AssignmentLatency.Result result = AssignmentLatency.measure(generator, intake,
                system.kafka().bootstrapServers(), rate, plan.assignmentDuration(), plan.assignmentCollectTimeout());
        log("capture → assignment: %d of %d leads assigned, p50 %.1f ms, p99 %.1f ms".formatted(result.assigned(),
                result.leads(), result.eventTimes().getValueAtPercentile(50) / 1000.0,
                result.eventTimes().getValueAtPercentile(99) / 1000.0));
        log("afterwards: " + backlog.awaitQuiet(plan.quietTimeout()).describe());
        return result;
    }

    private static Map<String, Long> servicesOf(Map<String, Long> pids) {
        Map<String, Long> services = new LinkedHashMap<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            services.put(service.module(), pids.get(service.module()));
        }
        return services;
    }

    /** The measured processes by the name the report shows; the broker is found among this JVM's children. */
    private static Map<String, Long> processIds(RunningProcesses processes) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            pids.put(service.module(), processes.system().instance(service).pid());
        }
        pids.put("baseline-app", processes.baseline().pid());
        ProcessHandle.current().descendants()
                .filter(process -> commandLine(process.pid()).contains("kafka.Kafka"))
                .findFirst()
                .ifPresent(broker -> pids.put("kafka-broker", broker.pid()));
        return pids;
    }

    /** The arguments from /proc: ProcessHandle.Info leaves them out for long command lines like the broker's. */
    private static List<String> commandLine(long pid) {
        try {
            return List.of(Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).split("\u0000"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Runs one phase; a failure is reported and the remaining phases still run. */
    private <T> Optional<T> attempt(String phase, Supplier<T> measurement) {
        try {
            return Optional.of(measurement.get());
        } catch (RuntimeException e) {
            log(phase + " failed: " + e);
            e.printStackTrace();
            report.failure(phase, e);
            return Optional.empty();
        }
    }

    private void publish(String markdown) {
        Path results = workDir().resolve("results.md");
        System.out.println();
        System.out.println(markdown);
        try {
            Files.createDirectories(results.getParent());
            Files.writeString(results, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + results, e);
        }
        log("results written to " + root.relativize(results));
    }

    private Path workDir() {
        return root.resolve("benchmarks/system/target");
    }

    private static void log(String message) {
        System.out.println("[benchmark] " + message);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
