package dev.leadbridge.infrastructure.local;

import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import dev.leadbridge.infrastructure.kafka.KafkaBrokerOptions;
import dev.leadbridge.infrastructure.postgres.PostgresOptions;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;

/**
 * The whole system on one machine: a Kafka broker on {@code localhost:9092}, a durable PostgreSQL (5432, or a free
 * port if taken) with one database per service, and the four services as separate JVMs. Ctrl-C (SIGINT) stops
 * services first, then the broker and the database, and leaves no process behind.
 *
 * <p>Run through the {@code ./leadbridge} script at the project root: {@code up} starts everything,
 * {@code token <subject> <role>[,<role>…]} prints a bearer token the local services accept.
 */
public final class LocalSystem {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int POSTGRES_PREFERRED_PORT = 5432;
    static final int PARTITIONS = 6;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path root;
    private final Path stateDir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private KafkaBroker kafka;
    private PostgresServer postgres;

    private LocalSystem(Path root) {
        this.root = root;
        this.stateDir = root.resolve(".local-run");
    }

    /** Held so the setting is not garbage-collected: Kafka clients report every connection attempt at INFO. */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");

    public static void main(String[] args) throws InterruptedException {
        KAFKA_LOG.setLevel(Level.WARNING);
        Path root = Path.of("").toAbsolutePath();
        String command = args.length == 0 ? "up" : args[0];
        switch (command) {
            case "up" -> new LocalSystem(root).runUntilStopped();
            case "token" -> printToken(root, Arrays.copyOfRange(args, 1, args.length));
            default -> usage();
        }
    }

    private void runUntilStopped() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-system-shutdown"));
        try {
            startAll();
        } catch (RuntimeException e) {
            System.err.println("LeadBridge did not start: " + e.getMessage());
            System.exit(1);
        }
        printWelcome();
        stopped.await();
    }

    private void startAll() {
        requirePortsFree();
        Directories.deleteRecursively(stateDir.resolve("kafka"));
        Directories.create(stateDir.resolve("logs"));
        JwtKeys jwt = JwtKeys.in(stateDir.resolve("jwt"));
        kafka = KafkaBroker.start(new KafkaBrokerOptions(KAFKA_PORT, KAFKA_CONTROLLER_PORT,
                Directories.create(stateDir.resolve("kafka")), PARTITIONS, "768m", true));
        kafka.createTopics(Topics.all(), PARTITIONS);
        postgres = PostgresServer.start(new PostgresOptions(Ports.preferredOrFree(POSTGRES_PREFERRED_PORT),
                stateDir.resolve("postgres/data"), stateDir.resolve("postgres/binaries"), true, true));
        for (LeadBridgeService service : LeadBridgeService.values()) {
            postgres.createDatabase(service.database());
            log("starting " + service.module() + " on port " + service.port());
            services.add(ServiceProcess.launch(service, root, environmentFor(service, jwt),
                    stateDir.resolve("logs").resolve(service.module() + ".log")));
        }
        awaitReady();
    }

    private void requirePortsFree() {
        LinkedHashSet<Integer> ports = new LinkedHashSet<>(List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        Arrays.stream(LeadBridgeService.values()).map(LeadBridgeService::port).forEach(ports::add);
        List<Integer> taken = ports.stream().filter(Ports::inUse).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + taken + " (is LeadBridge running already?)");
        }
    }

    private Map<String, String> environmentFor(LeadBridgeService service, JwtKeys jwt) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "DB_HOST", "localhost",
                "DB_PORT", String.valueOf(postgres.port()),
                "DB_NAME", service.database(),
                "DB_USER", postgres.username(),
                "DB_PASSWORD", postgres.password(),
                "JWT_ISSUER", JwtKeys.LOCAL_ISSUER,
                "JWT_PUBLIC_KEY_LOCATION", "file:" + jwt.publicKey()));
        if (service == LeadBridgeService.LEAD_INTAKE) {
            // API keys live in this run's fresh database, so a fixed local pepper protects nothing worth more
            environment.put("API_KEY_PEPPER", "local-run-pepper-not-a-secret");
        }
        return environment;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.service().module() + " exited; see "
                            + stateDir.resolve("logs").resolve(service.service().module() + ".log"));
                }
                if (service.isReady()) {
                    log(service.service().module() + " is ready");
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + READY_TIMEOUT + ": " + waiting.stream()
                        .map(s -> s.service().module()).toList());
            }
            sleepQuietly(Duration.ofMillis(250));
        }
    }

    private void printWelcome() {
        StringBuilder text = new StringBuilder("\nLeadBridge is running. Ctrl-C stops everything.\n\n");
        text.append(String.format("  %-24s %s%n", "Kafka", kafka.bootstrapServers()));
        text.append(String.format("  %-24s localhost:%d (user %s)%n", "PostgreSQL", postgres.port(),
                postgres.username()));
        for (LeadBridgeService service : LeadBridgeService.values()) {
            text.append(String.format("  %-24s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    service.module(), service.baseUrl(), service.baseUrl(), service.baseUrl()));
        }
        text.append("\n  Token                    ./leadbridge token <subject> <role>[,<role>...]\n");
        text.append("  Logs                     ").append(stateDir.resolve("logs")).append('\n');
        System.out.println(text);
    }

    /** Services first, so they can finish in-flight work while Kafka and PostgreSQL are still there. */
    private void stopAll() {
        log("stopping");
        services.parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        log("stopped");
        stopped.countDown();
    }

    private static void printToken(Path root, String[] args) {
        if (args.length < 2) {
            usage();
            return;
        }
        JwtKeys keys = JwtKeys.in(root.resolve(".local-run/jwt"));
        System.out.println(keys.token(args[0], new LinkedHashSet<>(List.of(args[1].split(","))), Duration.ofHours(8)));
    }

    private static void usage() {
        System.err.println("usage: ./leadbridge up | ./leadbridge token <subject> <role>[,<role>...]"
                + "   roles: rep, manager, admin, ops, marketing");
        System.exit(2);
    }

    private static void log(String message) {
        System.out.println("[leadbridge] " + message);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
