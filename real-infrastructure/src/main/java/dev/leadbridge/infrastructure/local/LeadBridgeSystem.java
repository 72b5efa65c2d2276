package dev.leadbridge.infrastructure.local;

import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole system as separate processes: a Kafka broker with every topic, a PostgreSQL server with one database per
 * service, and the four services from their packaged builds, each with the environment a deployment gives it. The local
 * run ({@link LocalSystem}) and the end-to-end tests both start it; the tests also break it: stop the broker, kill a
 * service, start a second replica.
 */
public final class LeadBridgeSystem implements AutoCloseable {

    /** The key the local run's services present to one another (qualification reading personal-data keys). */
    public static final String LOCAL_SERVICE_KEY = "local-run-service-key-not-a-secret";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path root;
    private final SystemOptions options;
    private final List<ServiceProcess> instances = new CopyOnWriteArrayList<>();
    private JwtKeys jwt;
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private KeycloakServer keycloak;

    private LeadBridgeSystem(Path root, SystemOptions options) {
        this.root = root;
        this.options = options;
    }

    /** Starts infrastructure and one instance of each service and waits until all are ready. */
    public static LeadBridgeSystem start(Path projectRoot, SystemOptions options) {
        LeadBridgeSystem system = new LeadBridgeSystem(projectRoot, options);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        Directories.deleteRecursively(options.kafka().workDir());
        Directories.create(options.kafka().workDir());
        Directories.create(logDir());
        jwt = JwtKeys.in(options.stateDir().resolve("jwt"));
        Map<LeadBridgeService, Integer> ports = new EnumMap<>(LeadBridgeService.class);
        for (LeadBridgeService service : LeadBridgeService.values()) {
            ports.put(service, options.localPorts() ? service.port() : Ports.freePort());
        }
        // Keycloak takes the longest to start: it starts beside the broker and the database
        CompletableFuture<KeycloakServer> identityProvider = options.keycloak() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> KeycloakServer.start(options.keycloak().returningTo(
                        ports.values().stream().map(port -> "http://localhost:" + port).toList())));
        try {
            kafka = KafkaBroker.start(options.kafka());
            kafka.createTopics(Topics.all(), options.partitions());
            postgres = PostgresServer.start(options.postgres());
        } finally {
            keycloak = identityProvider.join();
        }
        List<ServiceProcess> started = new ArrayList<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            postgres.createDatabase(service.database());
            started.add(launch(service, ports.get(service)));
        }
        awaitReady(started);
    }

    /** Starts one more instance of the service (a replica in the same consumer group, on the same database). */
    public ServiceProcess startReplica(LeadBridgeService service) {
        ServiceProcess replica = launch(service, Ports.freePort());
        awaitReady(List.of(replica));
        return replica;
    }

    /** Starts a stopped or killed instance again on its port. */
    public ServiceProcess restart(ServiceProcess instance) {
        instance.stop();
        instances.remove(instance);
        ServiceProcess again = launch(instance.service(), instance.port());
        awaitReady(List.of(again));
        return again;
    }

    private ServiceProcess launch(LeadBridgeService service, int port) {
        log("starting " + service.module() + " on port " + port);
        ServiceProcess instance = ServiceProcess.launch(service, port, root, options.jvmOptions(), environmentFor(service),
                logDir().resolve(service.module() + "-" + port + ".log"));
        instances.add(instance);
        return instance;
    }

    private Map<String, String> environmentFor(LeadBridgeService service) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "DB_HOST", "localhost",
                "DB_PORT", String.valueOf(postgres.port()),
                "DB_NAME", service.database(),
                "DB_USER", postgres.username(),
                "DB_PASSWORD", postgres.password()));
        environment.putAll(signInEnvironment());
        if (service == LeadBridgeService.LEAD_INTAKE) {
            // API keys live in this run's own database, so a fixed local pepper protects nothing worth more
            environment.put("API_KEY_PEPPER", "local-run-pepper-not-a-secret");
        }
        if (service == LeadBridgeService.LEAD_INTAKE || service == LeadBridgeService.QUALIFICATION) {
            // qualification reads leads' personal-data keys from intake with it; local data only, so fixed
            environment.put("SERVICE_KEY", LOCAL_SERVICE_KEY);
        }
        if (service == LeadBridgeService.QUALIFICATION) {
            // the first intake started, on the port it keeps when restarted
            environment.put("INTAKE_URL", instances(LeadBridgeService.LEAD_INTAKE).get(0).baseUrl());
        }
        environment.putAll(options.environment().getOrDefault(service, Map.of()));
        return environment;
    }

    /**
     * Who the services trust. With Keycloak: its tokens for the API, its sign-in for the screens, and the system's own
     * tokens ({@link #token}) as the local tenant; without: the system's own tokens only.
     */
    private Map<String, String> signInEnvironment() {
        if (keycloak == null) {
            return Map.of("OIDC_PUBLIC_KEY", jwt.publicKeyBase64(), "OIDC_TOKEN_ISSUER", JwtKeys.LOCAL_ISSUER);
        }
        return Map.of("OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "OIDC_WEB_ENABLED", "true",
                "OIDC_CLIENT_SECRET", keycloak.clientSecret(),
                "LOCAL_TOKENS_ENABLED", "true",
                "LOCAL_TOKEN_PUBLIC_KEY", jwt.publicKeyBase64());
    }

    /** Waits until every given instance answers ready; fails at once if one exits. */
    public void awaitReady(Collection<ServiceProcess> waitingFor) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(waitingFor);
        while (!waiting.isEmpty()) {
            for (ServiceProcess instance : List.copyOf(waiting)) {
                if (!instance.isAlive()) {
                    throw new IllegalStateException(instance.service().module() + " exited; see "
                            + logDir().resolve(instance.service().module() + "-" + instance.port() + ".log"));
                }
                if (instance.isReady()) {
                    log(instance.service().module() + " is ready on port " + instance.port());
                    waiting.remove(instance);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + READY_TIMEOUT + ": " + waiting.stream()
                        .map(instance -> instance.service().module()).toList());
            }
            sleepQuietly(Duration.ofMillis(250));
        }
    }

    /** The first running instance of the service. */
    public ServiceProcess instance(LeadBridgeService service) {
        return instances(service).stream().filter(ServiceProcess::isAlive).findFirst()
                .orElseThrow(() -> new IllegalStateException("no running " + service.module()));
    }

    /** Every instance of the service started so far, running or not. */
    public List<ServiceProcess> instances(LeadBridgeService service) {
        return instances.stream().filter(instance -> instance.service() == service).toList();
    }

    public String baseUrl(LeadBridgeService service) {
        return instance(service).baseUrl();
    }

    /** How this system was started. */
    public SystemOptions options() {
        return options;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The identity provider people sign in with, when this system was started with one. */
    public Optional<KeycloakServer> identityProvider() {
        return Optional.ofNullable(keycloak);
    }

    /** A bearer token the services accept. */
    public String token(String subject, String... roles) {
        return token(subject, Duration.ofHours(1), roles);
    }

    /** A token signed with this system's key, valid for {@code validity} from now (negative: expired already). */
    public String token(String subject, Duration validity, String... roles) {
        return jwt.token(subject, Set.of(roles), validity);
    }

    /** A manager's token naming the teams they lead (the {@code teams} claim every service reads). */
    public String managerOf(String subject, String... teams) {
        return jwt.token(subject, Set.of("manager"), Map.of("teams", List.of(teams)), Duration.ofHours(1));
    }

    public Path logDir() {
        return options.stateDir().resolve("logs");
    }

    /** Services first, so they can finish in-flight work while Kafka and PostgreSQL are still there. */
    @Override
    public void close() {
        instances.parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
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
