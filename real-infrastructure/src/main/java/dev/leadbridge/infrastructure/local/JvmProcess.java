package dev.leadbridge.infrastructure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus app running as its own JVM on a port of its own, its output going to a log file: a service
 * instance ({@link ServiceProcess}), or an app beside the system such as a benchmark's baseline.
 */
public class JvmProcess {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final int port;
    private final Process process;

    protected JvmProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the app packaged as {@code runnerJar} on {@code port} in a JVM with {@code jvmOptions}; the environment
     * carries its connections and secrets.
     */
    public static JvmProcess launch(Path runnerJar, int port, List<String> jvmOptions, Map<String, String> environment,
                                    Path logFile) {
        return new JvmProcess(port, start(runnerJar, port, jvmOptions, environment, logFile));
    }

    protected static Process start(Path runnerJar, int port, List<String> jvmOptions, Map<String, String> environment,
                                   Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", runnerJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> launchEnvironment = new HashMap<>(environment);
        launchEnvironment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // glibc gives each thread that allocates its own 64 MiB malloc arena; two are plenty for a JVM's native side
        launchEnvironment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(launchEnvironment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + runnerJar, e);
        }
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
