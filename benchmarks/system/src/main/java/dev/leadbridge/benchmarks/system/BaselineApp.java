package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.local.JvmProcess;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The baseline app (module {@code benchmarks/baseline-app}) as its own process, launched like the services (same JVM
 * options) against the system's PostgreSQL server, in a database of its own.
 */
final class BaselineApp implements AutoCloseable {

    static final String DATABASE = "benchmark_baseline";
    static final String LEADS_PATH = "/baseline/leads";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final JvmProcess process;

    private BaselineApp(JvmProcess process) {
        this.process = process;
    }

    /**
     * @param appsRoot   where the packaged apps are, laid out like the project
     * @param jvmOptions as the services are started with, so the two are compared on equal terms
     */
    static BaselineApp start(Path appsRoot, PostgresServer postgres, List<String> jvmOptions, Path logFile) {
        Path runner = appsRoot.resolve(PackagedApps.BASELINE_MODULE).resolve("target/quarkus-app/quarkus-run.jar");
        postgres.createDatabase(DATABASE);
        BaselineApp app = new BaselineApp(JvmProcess.launch(runner, Ports.freePort(), jvmOptions, Map.of(
                "DB_HOST", "localhost",
                "DB_PORT", String.valueOf(postgres.port()),
                "DB_NAME", DATABASE,
                "DB_USER", postgres.username(),
                "DB_PASSWORD", postgres.password()), logFile));
        app.awaitReady(logFile);
        return app;
    }

    String baseUrl() {
        return process.baseUrl();
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Path logFile) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!process.isReady()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("baseline app not ready; see " + logFile);
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** SIGTERM, then SIGKILL if it hangs. */
    @Override
    public void close() {
        process.stop();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
