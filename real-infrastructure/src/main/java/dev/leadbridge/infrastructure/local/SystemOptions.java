package dev.leadbridge.infrastructure.local;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.keycloak.KeycloakOptions;
import dev.leadbridge.infrastructure.kafka.KafkaBrokerOptions;
import dev.leadbridge.infrastructure.postgres.PostgresOptions;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How to run the whole system on one machine.
 *
 * @param stateDir    logs, keys and (unless ephemeral) data live here
 * @param kafka       the broker
 * @param postgres    the database server, one database per service
 * @param partitions  partitions of every LeadBridge topic
 * @param localPorts  the fixed ports of the local run (8081–8084) instead of free ones
 * @param environment per service, settings added to its environment (shorter intervals for tests, say)
 * @param jvmOptions  the options every service JVM starts with
 * @param keycloak    the identity provider people sign in with, if any (the services then trust its tokens beside the
 *                    system's own, and the screens sign people in through it); null without one
 */
public record SystemOptions(Path stateDir, KafkaBrokerOptions kafka, PostgresOptions postgres, int partitions,
                            boolean localPorts, Map<LeadBridgeService, Map<String, String>> environment,
                            List<String> jvmOptions, KeycloakOptions keycloak) {

    /**
     * A small-footprint JVM for each service, as measured in BENCHMARKS.md ("Resident memory"): the serial collector
     * (a service on a couple of cores gains nothing from G1's parallel phases and pays for its remembered sets), a
     * heap that starts small and gives memory back, and at most 256 MiB of it for peaks.
     */
    /** The demo users' password: for the local run only, and printed when it starts. */
    public static final String DEMO_PASSWORD = "leadbridge-demo";
    /** The screens' client secret in the local run's realm: local data only, so fixed. */
    static final String LOCAL_CLIENT_SECRET = "local-run-client-secret-not-a-secret";

    public static final List<String> LEAN_JVM = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=40");

    public SystemOptions {
        environment = Map.copyOf(environment);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The local run: Kafka on 9092, a durable database kept between runs, the services on 8081–8084 and Keycloak on
     * {@code keycloakPort} with the demo users.
     */
    public static SystemOptions localRun(Path stateDir, int kafkaPort, int controllerPort, int postgresPort,
                                         int keycloakPort, int keycloakManagementPort) {
        return new SystemOptions(stateDir,
                new KafkaBrokerOptions(kafkaPort, controllerPort, stateDir.resolve("kafka"), 6, "768m", true),
                new PostgresOptions(postgresPort, stateDir.resolve("postgres/data"),
                        stateDir.resolve("postgres/binaries"), true, true),
                6, true, Map.of(), LEAN_JVM,
                new KeycloakOptions(stateDir.resolve("keycloak"), keycloakPort, keycloakManagementPort, List.of(),
                        LOCAL_CLIENT_SECRET, DEMO_PASSWORD));
    }

    /** A throw-away system on free ports, as a test run wants; {@code binariesDir} is kept to save unpacking. */
    public static SystemOptions ephemeral(Path stateDir, Path binariesDir) {
        return new SystemOptions(stateDir,
                new KafkaBrokerOptions(Ports.freePort(), Ports.freePort(), stateDir.resolve("kafka"), 6, "512m", true),
                PostgresOptions.ephemeral(stateDir.resolve("postgres"), binariesDir),
                6, false, Map.of(), LEAN_JVM, null);
    }

    /** These options with a setting added to one service's environment. */
    public SystemOptions with(LeadBridgeService service, String name, String value) {
        Map<LeadBridgeService, Map<String, String>> copy = new EnumMap<>(LeadBridgeService.class);
        copy.putAll(environment);
        Map<String, String> settings = new java.util.HashMap<>(copy.getOrDefault(service, Map.of()));
        settings.put(name, value);
        copy.put(service, Map.copyOf(settings));
        return new SystemOptions(stateDir, kafka, postgres, partitions, localPorts, copy, jvmOptions, keycloak);
    }

    /** These options with every service JVM started with {@code options} instead. */
    public SystemOptions withJvmOptions(List<String> options) {
        return new SystemOptions(stateDir, kafka, postgres, partitions, localPorts, environment, options, keycloak);
    }

    /** These options without an identity provider: the services trust the system's own tokens only. */
    public SystemOptions withoutIdentityProvider() {
        return new SystemOptions(stateDir, kafka, postgres, partitions, localPorts, environment, jvmOptions, null);
    }

    /** These options with a throw-away Keycloak on free ports that people sign in with. */
    public SystemOptions withIdentityProvider() {
        return new SystemOptions(stateDir, kafka, postgres, partitions, localPorts, environment, jvmOptions,
                KeycloakOptions.ephemeral(stateDir.resolve("keycloak"), List.of()));
    }
}
