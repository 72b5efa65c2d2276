package dev.leadbridge.infrastructure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One instance of a service running as its own JVM on a port of its own, its output going to a log file. */
public final class ServiceProcess {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final LeadBridgeService service;
    private final int port;
    private final Process process;

    private ServiceProcess(LeadBridgeService service, int port, Process process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    /** Starts the service's packaged build on {@code port}; the environment carries its connections and secrets. */
    public static ServiceProcess launch(LeadBridgeService service, int port, Path projectRoot,
                                        Map<String, String> environment, Path logFile) {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar", service.runnerJar(projectRoot).toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> withPort = new HashMap<>(environment);
        withPort.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(withPort);
        try {
            return new ServiceProcess(service, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    public LeadBridgeService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM lets Quarkus finish in-flight work and commit offsets; SIGKILL only if it hangs. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        awaitExit();
    }

    /** SIGKILL: the process gets no chance to finish anything, as when a node dies. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
