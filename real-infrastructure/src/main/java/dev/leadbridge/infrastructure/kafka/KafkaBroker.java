package dev.leadbridge.infrastructure.kafka;

import dev.leadbridge.infrastructure.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), started in its own
 * JVM from the Maven-resolved broker classpath recorded by the {@code kafka-broker-runtime} module.
 *
 * <p>A separate JVM keeps Scala, log4j and the broker off the services' classpaths and lets the same code serve the
 * local run. The broker can be stopped and started again on the same ports and data, which the fault tests use to
 * take it away from running services.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());
    private static final String CLASSPATH_RESOURCE = "/dev/leadbridge/infrastructure/kafka/broker.classpath";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

    private final KafkaBrokerOptions options;
    private final Path configFile;
    private final Thread shutdownHook = new Thread(this::stop, "kafka-broker-shutdown");
    private Process process;

    private KafkaBroker(KafkaBrokerOptions options) {
        this.options = options;
        this.configFile = options.workDir().resolve("server.properties");
    }

    /** Formats fresh storage under the options' work directory and starts the broker; returns once it serves. */
    public static KafkaBroker start(KafkaBrokerOptions options) {
        KafkaBroker broker = new KafkaBroker(options);
        broker.prepareStorage();
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        broker.startProcess();
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + options.port();
    }

    public int port() {
        return options.port();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics, e);
        }
    }

    /** Starts the broker again on the same ports and data after {@link #stop()}. */
    public synchronized void restart() {
        if (isRunning()) {
            throw new IllegalStateException("broker is already running");
        }
        startProcess();
    }

    /** Stops the broker gracefully (SIGTERM), keeping its data; forcibly if it does not stop in time. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warning("Kafka broker did not stop within " + SHUTDOWN_TIMEOUT + "; killing it");
                process.destroyForcibly().waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker and, for an ephemeral broker, deletes its data. */
    @Override
    public void close() {
        stop();
        removeShutdownHook();
        if (options.deleteOnClose()) {
            Directories.deleteRecursively(options.workDir());
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private void prepareStorage() {
        Path dataDir = options.workDir().resolve("data");
        Directories.deleteRecursively(dataDir);
        Directories.create(dataDir);
        write(configFile, serverProperties(dataDir));
        write(log4jConfig(), log4jProperties());
        Process format = launch(List.of("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()), "format.log");
        awaitExit(format, "storage format");
    }

    private void startProcess() {
        process = launch(List.of("kafka.Kafka", configFile.toString()), "broker.log");
        awaitReady();
        LOG.info(() -> "Kafka broker (KRaft) ready on " + bootstrapServers());
    }

    private Process launch(List<String> mainAndArgs, String logName) {
        List<String> command = new java.util.ArrayList<>(List.of(
                javaExecutable(), "-Xms128m", "-Xmx" + options.maxHeap(), "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + log4jConfig(),
                "-cp", brokerClasspath()));
        command.addAll(mainAndArgs);
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(options.workDir().resolve(logName).toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + mainAndArgs.get(0), e);
        }
    }

    private void awaitExit(Process format, String what) {
        try {
            if (!format.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Kafka " + what + " failed; see " + options.workDir());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during Kafka " + what, e);
        }
    }

    /** Ready means a client can describe the cluster, not just that a log line appeared. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with " + process.exitValue()
                            + "; see " + options.workDir().resolve("broker.log"));
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                    sleep(Duration.ofMillis(100));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
        stop();
        throw new IllegalStateException("Kafka broker not ready within " + STARTUP_TIMEOUT);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000));
    }

    private String serverProperties(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + options.controllerPort());
        p.setProperty("listeners", "PLAINTEXT://localhost:" + options.port()
                + ",CONTROLLER://localhost:" + options.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + options.port());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toString());
        p.setProperty("num.partitions", String.valueOf(options.defaultPartitions()));
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private Path log4jConfig() {
        return options.workDir().resolve("log4j2.properties");
    }

    private static String log4jProperties() {
        return String.join("\n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "logger.kafka.name = org.apache.kafka",
                "logger.kafka.level = WARN",
                "") ;
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CLASSPATH_RESOURCE + ": build kafka-broker-runtime first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
