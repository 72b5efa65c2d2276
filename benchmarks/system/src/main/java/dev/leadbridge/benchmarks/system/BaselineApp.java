package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The baseline app (module {@code benchmarks/baseline-app}) as its own process, launched like the services (same JVM,
 * same {@code -Xmx256m}) against the system's PostgreSQL server, in a database of its own.
 */
final class BaselineApp implements AutoCloseable {

    static final String DATABASE = "benchmark_baseline";
    static final String LEADS_PATH = "/baseline/leads";
    /** As {@code ServiceProcess} starts the services, so the two are compared on equal terms. */
    private static final String MAX_HEAP = "-Xmx256m";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final int port;

    private BaselineApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param appsRoot where the packaged apps are, laid out like the project */
    static BaselineApp start(Path appsRoot, PostgresServer postgres, Path logFile) {
        Path runner = appsRoot.resolve(PackagedApps.BASELINE_MODULE).resolve("target/quarkus-app/quarkus-run.jar");
        postgres.createDatabase(DATABASE);
        int port = Ports.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(javaExecutable(), MAX_HEAP, "-jar", runner.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(Map.of(
                "DB_HOST", "localhost",
                "DB_PORT", String.valueOf(postgres.port()),
                "DB_NAME", DATABASE,
                "DB_USER", postgres.username(),
                "DB_PASSWORD", postgres.password(),
                "QUARKUS_HTTP_PORT", String.valueOf(port)));
        try {
            BaselineApp app = new BaselineApp(builder.start(), port);
            app.awaitReady(logFile);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the baseline app", e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Path logFile) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("baseline app not ready; see " + logFile);
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, then SIGKILL if it hangs. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
