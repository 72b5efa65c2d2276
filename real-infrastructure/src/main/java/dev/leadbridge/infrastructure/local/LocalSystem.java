package dev.leadbridge.infrastructure.local;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    /** The local run's webhook signing key: local data only, so fixed and printed. */
    static final String LOCAL_WEBHOOK_SECRET = "local-run-webhook-secret-not-a-secret";

    private final Path root;
    private final Path stateDir;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile LeadBridgeSystem system;

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
        SystemOptions options = SystemOptions.localRun(stateDir, KAFKA_PORT, KAFKA_CONTROLLER_PORT,
                Ports.preferredOrFree(POSTGRES_PREFERRED_PORT), KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT);
        options = withLocalNotifications(options);
        if (KeycloakServer.javaHome().isEmpty()) {
            // everything else runs on Java 17: start without sign-in rather than not at all
            log("starting without sign-in to the screens: " + KeycloakServer.NEEDS_JAVA
                    + " (./leadbridge token still works)");
            options = options.withoutIdentityProvider();
        }
        system = LeadBridgeSystem.start(root, options);
    }

    /**
     * The local run has no mail server: the SLA monitor writes its mails into its log instead (Quarkus Mailer's mock),
     * signs webhooks with a fixed local key, and links notices to the lead page of the local qualification service.
     */
    private static SystemOptions withLocalNotifications(SystemOptions options) {
        return options
                .with(LeadBridgeService.SLA_MONITOR, "QUARKUS_MAILER_MOCK", "true")
                .with(LeadBridgeService.SLA_MONITOR, "NOTIFICATIONS_WEBHOOK_SECRET", LOCAL_WEBHOOK_SECRET)
                .with(LeadBridgeService.SLA_MONITOR, "NOTIFICATIONS_LEAD_LINK", "http://localhost:"
                        + LeadBridgeService.QUALIFICATION.port() + "/lead.html?id={leadId}");
    }

    private void requirePortsFree() {
        LinkedHashSet<Integer> ports = new LinkedHashSet<>(List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT, KEYCLOAK_PORT,
                KEYCLOAK_MANAGEMENT_PORT));
        Arrays.stream(LeadBridgeService.values()).map(LeadBridgeService::port).forEach(ports::add);
        List<Integer> taken = ports.stream().filter(Ports::inUse).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + taken + " (is LeadBridge running already?)");
        }
    }

    private void printWelcome() {
        StringBuilder text = new StringBuilder("\nLeadBridge is running. Ctrl-C stops everything.\n\n");
        text.append(String.format("  %-24s %s%n", "Kafka", system.kafka().bootstrapServers()));
        text.append(String.format("  %-24s localhost:%d (user %s)%n", "PostgreSQL", system.postgres().port(),
                system.postgres().username()));
        for (LeadBridgeService service : LeadBridgeService.values()) {
            String url = system.baseUrl(service);
            text.append(String.format("  %-24s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    service.module(), url, url, url));
        }
        system.identityProvider().ifPresent(keycloak -> {
            text.append(String.format("%n  %-24s %s/ (the dashboard; every screen signs you in through Keycloak at %s)%n",
                    "Sign in", system.baseUrl(LeadBridgeService.ATTRIBUTION), keycloak.baseUrl()));
            text.append(String.format("  %-24s ", "Demo users"));
            KeycloakServer.DEMO_USERS.forEach((user, role) -> text.append(user).append(" (").append(role).append(") "));
            text.append(String.format("%n  %-24s %s (local run only)%n", "Demo password", keycloak.demoPassword()));
        });
        text.append(String.format("%n  %-24s e-mails go to the sla-monitor-service log (no mail server here); webhooks"
                + " are signed with %s%n", "Notifications", LOCAL_WEBHOOK_SECRET));
        text.append("\n  Token                    ./leadbridge token <subject> <role>[,<role>...]\n");
        text.append("  Logs                     ").append(system.logDir()).append('\n');
        System.out.println(text);
    }

    private void stopAll() {
        log("stopping");
        if (system != null) {
            system.close();
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
}
