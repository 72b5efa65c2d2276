package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.ServiceProcess;
import dev.leadbridge.infrastructure.local.SystemOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything the benchmark starts: the whole system and the baseline app. Stopped once, whether the run ends, fails
 * or is interrupted (Ctrl-C), so no service, broker or database outlives it.
 */
final class RunningProcesses implements AutoCloseable {

    private static final int START_ATTEMPTS = 3;

    private final LeadBridgeSystem system;
    private final BaselineApp baseline;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stopAll, "benchmark-shutdown");

    private RunningProcesses(LeadBridgeSystem system, BaselineApp baseline) {
        this.system = system;
        this.baseline = baseline;
    }

    /**
     * Starts everything, again if a service died right after start: {@code Ports.freePort()} can hand two services
     * the same free port (each port is free until its service binds it), and then one of them exits.
     */
    static RunningProcesses start(Path appsRoot, SystemOptions options) {
        for (int attempt = 1; ; attempt++) {
            LeadBridgeSystem system = LeadBridgeSystem.start(appsRoot, options);
            if (everyServiceRunning(system)) {
                return withBaseline(appsRoot, system);
            }
            system.close();
            if (attempt == START_ATTEMPTS) {
                throw new IllegalStateException("a service exited after start " + START_ATTEMPTS + " times; see "
                        + system.logDir());
            }
            System.out.println("[benchmark] a service exited after start (port taken twice?); starting again");
        }
    }

    private static boolean everyServiceRunning(LeadBridgeSystem system) {
        // let a service that lost its port race notice it and exit
        sleep(Duration.ofSeconds(3));
        Set<Integer> ports = new HashSet<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            List<ServiceProcess> instances = system.instances(service);
            if (instances.isEmpty() || !instances.get(0).isAlive() || !ports.add(instances.get(0).port())) {
                return false;
            }
        }
        return true;
    }

    private static RunningProcesses withBaseline(Path appsRoot, LeadBridgeSystem system) {
        try {
            BaselineApp baseline = BaselineApp.start(appsRoot, system.postgres(), system.options().jvmOptions(),
                    system.logDir().resolve("baseline-app.log"));
            RunningProcesses processes = new RunningProcesses(system, baseline);
            Runtime.getRuntime().addShutdownHook(processes.shutdownHook);
            return processes;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    LeadBridgeSystem system() {
        return system;
    }

    BaselineApp baseline() {
        return baseline;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopAll() {
        if (stopped.compareAndSet(false, true)) {
            baseline.close();
            system.close();
        }
    }
}
