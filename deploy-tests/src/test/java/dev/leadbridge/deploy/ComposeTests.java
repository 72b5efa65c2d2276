package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.leadbridge.events.Topics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * docker-compose.yml against the services and the Kubernetes manifests: the same services, ports, environment
 * and topics, started in order and checked for health.
 */
class ComposeTests {

    private static final Set<String> TOP_LEVEL = Set.of("name", "services", "volumes", "networks");
    private static final Set<String> SERVICE_KEYS = Set.of("image", "hostname", "environment", "volumes", "ports",
            "healthcheck", "depends_on", "entrypoint", "command", "restart", "pull_policy", "read_only", "tmpfs",
            "security_opt", "stop_grace_period", "user", "networks");
    private static final Set<String> HEALTHCHECK_KEYS = Set.of("test", "interval", "timeout", "retries",
            "start_period");
    private static final Pattern TOPIC_COMMAND = Pattern.compile("kafka-topics\\.sh .*--create.*");

    @Test
    void composeFileUsesOnlyKnownKeys() {
        Compose compose = Compose.load();
        compose.root().fieldNames().forEachRemaining(k ->
                assertThat(TOP_LEVEL).as("top-level key '%s'", k).contains(k));
        compose.services().forEach((name, service) -> {
            service.fieldNames().forEachRemaining(k ->
                    assertThat(SERVICE_KEYS).as("key '%s' of service %s", k, name).contains(k));
            service.path("healthcheck").fieldNames().forEachRemaining(k ->
                    assertThat(HEALTHCHECK_KEYS).as("healthcheck key '%s' of %s", k, name).contains(k));
            service.path("depends_on").fields().forEachRemaining(d -> {
                assertThat(compose.services()).as("%s depends on an existing service", name).containsKey(d.getKey());
                assertThat(d.getValue().path("condition").asText()).as("condition of %s -> %s", name, d.getKey())
                        .isIn("service_started", "service_healthy", "service_completed_successfully");
            });
            assertThat(service.has("image")).as("service %s names its image", name).isTrue();
        });
    }

    @Test
    void runsTheSameServicesAsKubernetes() {
        Set<String> modules = new TreeSet<>(Sources.services().toList());
        assertThat(Compose.load().services().keySet()).as("compose services").containsAll(modules);
        Sources.overlays().forEach(o -> {
            Set<String> deployments = new TreeSet<>();
            Manifests.overlay(o).deployments().forEach(d -> deployments.add(d.getMetadata().getName()));
            assertThat(deployments).as("Deployments of %s", o).isEqualTo(modules);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void servicePublishesItsPortAndAnswersItsHealthCheck(String serviceName) {
        JsonNode service = Compose.load().service(serviceName).orElseThrow();
        Map<String, String> env = Compose.environment(service);
        QuarkusConfig.Health health = Project.get().service(serviceName).config().health(env);
        int port = Integer.parseInt(Project.get().service(serviceName).config()
                .effective("quarkus.http.port", env).orElse("8080"));
        assertThat(Compose.strings(service.path("ports"))).as("ports of %s", serviceName)
                .contains(port + ":" + port);
        String check = String.join(" ", Compose.strings(service.path("healthcheck").path("test")));
        assertThat(check).as("health check of %s asks readiness on its port", serviceName)
                .contains(health.ready()).contains(String.valueOf(health.port()));
        Manifests.overlay("prod").services().stream()
                .filter(s -> s.getMetadata().getName().equals(serviceName))
                .forEach(s -> assertThat(s.getSpec().getPorts()).as("Kubernetes Service port of %s", serviceName)
                        .anyMatch(p -> p.getPort() == port));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void serviceGetsEveryVariableItNeedsAndNoneItIgnores(String serviceName) {
        ServiceModule service = Project.get().service(serviceName);
        Map<String, String> env = Compose.environment(Compose.load().service(serviceName).orElseThrow());
        assertThat(env.keySet()).as("variables %s does not read", serviceName).allMatch(service::readsEnv);
        assertThat(service.config().missingEnv(env)).as("variables %s cannot start without", serviceName).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void serviceConnectsToComposeKafkaAndItsOwnDatabase(String serviceName) {
        Compose compose = Compose.load();
        JsonNode service = compose.service(serviceName).orElseThrow();
        Map<String, String> env = new HashMap<>();
        Compose.environment(service).forEach((k, v) -> env.put(k, Compose.withDefaults(v)));
        QuarkusConfig config = Project.get().service(serviceName).config();

        String bootstrap = config.effective("kafka.bootstrap.servers", env).orElseThrow();
        String kafkaHost = bootstrap.substring(0, bootstrap.lastIndexOf(':'));
        JsonNode kafka = compose.service(kafkaHost).orElse(null);
        assertThat(kafka).as("%s's Kafka %s is a compose service", serviceName, kafkaHost).isNotNull();
        assertThat(Compose.environment(kafka).get("KAFKA_ADVERTISED_LISTENERS"))
                .as("Kafka advertises %s to the other containers", bootstrap).contains("//" + bootstrap);

        String url = config.effective("quarkus.datasource.reactive.url", env).orElseThrow();
        Matcher m = Pattern.compile("postgresql://([^:/]+):(\\d+)/(.+)").matcher(url);
        assertThat(m.matches()).as("reactive URL %s", url).isTrue();
        JsonNode postgres = compose.service(m.group(1)).orElse(null);
        assertThat(postgres).as("%s's PostgreSQL %s is a compose service", serviceName, m.group(1)).isNotNull();
        List<String> databases = Arrays.asList(Compose.environment(postgres)
                .getOrDefault("LEADBRIDGE_DATABASES", "").trim().split("\\s+"));
        assertThat(databases).as("databases the PostgreSQL container creates").contains(m.group(3));
        assertThat(config.effective("quarkus.datasource.username", env)).as("%s logs in as the database's owner",
                serviceName).contains(m.group(3));
        assertThat(m.group(3)).as("%s uses the database its configuration names by default", serviceName)
                .isEqualTo(config.effective("quarkus.datasource.reactive.url", Map.of()).orElseThrow()
                        .replaceAll(".*/", ""));

        JsonNode dependsOn = service.path("depends_on");
        assertThat(dependsOn.path(m.group(1)).path("condition").asText())
                .as("%s starts once PostgreSQL is healthy", serviceName).isEqualTo("service_healthy");
        assertThat(topicCreators(compose)).as("a one-shot container creates the topics").isNotEmpty();
        for (String creator : topicCreators(compose)) {
            assertThat(dependsOn.path(creator).path("condition").asText())
                    .as("%s starts once the topics exist", serviceName).isEqualTo("service_completed_successfully");
        }
        assertThat(compose.service(topicCreators(compose).get(0)).orElseThrow().path("depends_on").path(kafkaHost)
                .path("condition").asText()).as("topics are created once Kafka is healthy")
                .isEqualTo("service_healthy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void serviceRunsLockedDownAndStopsGracefully(String serviceName) {
        JsonNode service = Compose.load().service(serviceName).orElseThrow();
        Map<String, String> env = Compose.environment(service);
        QuarkusConfig config = Project.get().service(serviceName).config();
        assertThat(service.path("pull_policy").asText()).as("%s's image is built locally, never pulled",
                serviceName).isEqualTo("never");
        assertThat(service.path("read_only").asBoolean()).as("read-only root filesystem").isTrue();
        assertThat(Compose.strings(service.path("tmpfs"))).as("a writable /tmp").contains("/tmp");
        assertThat(Compose.strings(service.path("security_opt"))).contains("no-new-privileges:true");
        Duration timeout = config.shutdownTimeout(env).orElse(Duration.ZERO);
        assertThat(timeout).as("quarkus.shutdown.timeout is set").isPositive();
        assertThat(QuarkusConfig.duration(service.path("stop_grace_period").asText("10s")))
                .as("stop_grace_period outlasts the shutdown timeout").isGreaterThan(timeout);
        for (String key : config.prod().keySet()) {
            config.effective(key, env).filter(v -> v.startsWith("file:/")).ifPresent(v -> {
                String file = v.substring("file:".length());
                assertThat(Compose.strings(service.path("volumes")))
                        .as("%s = %s is mounted into %s", key, v, serviceName)
                        .anyMatch(volume -> volume.split(":")[1].equals(file));
            });
        }
    }

    @Test
    void kafkaIsTheVersionOfTheClientsInKraftMode() {
        Compose compose = Compose.load();
        JsonNode kafka = compose.services().values().stream()
                .filter(s -> ImageRef.parse(s.path("image").asText()).repository().equals("apache/kafka"))
                .filter(s -> s.has("healthcheck")).findFirst().orElse(null);
        assertThat(kafka).as("an apache/kafka broker with a health check").isNotNull();
        assertThat(ImageRef.parse(kafka.path("image").asText()).tag())
                .as("the broker runs the Kafka version of the services' client library")
                .isEqualTo(Project.kafkaClientVersion());
        Map<String, String> env = Compose.environment(kafka);
        assertThat(env.get("KAFKA_PROCESS_ROLES")).as("KRaft roles").contains("broker").contains("controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).as("topics are created, never auto-created")
                .isEqualTo("false");
        for (JsonNode service : compose.services().values()) {
            if (ImageRef.parse(service.path("image").asText()).repository().equals("apache/kafka")) {
                assertThat(ImageRef.parse(service.path("image").asText()).tag()).isEqualTo(Project.kafkaClientVersion());
            }
        }
    }

    @Test
    void topicsAreCreatedAsKubernetesDeclaresThem() {
        Compose compose = Compose.load();
        Map<String, Map<String, String>> created = new TreeMap<>();
        for (String creator : topicCreators(compose)) {
            for (String line : commandLines(compose.service(creator).orElseThrow())) {
                if (!TOPIC_COMMAND.matcher(line).find()) {
                    continue;
                }
                Map<String, String> options = new HashMap<>();
                Matcher option = Pattern.compile("--(topic|partitions|replication-factor|config)\\s+(\\S+)").matcher(line);
                while (option.find()) {
                    if (option.group(1).equals("config")) {
                        String[] kv = option.group(2).split("=", 2);
                        options.put(kv[0], kv[1]);
                    } else {
                        options.put("--" + option.group(1), option.group(2));
                    }
                }
                created.put(options.get("--topic"), options);
            }
        }
        assertThat(created.keySet()).as("topics the compose file creates").isEqualTo(new TreeSet<>(Topics.all()));
        Manifests base = Manifests.base();
        created.forEach((topic, options) -> {
            KafkaTopic declared = base.topic(topic).orElse(null);
            assertThat(declared).as("compose creates %s, which has no KafkaTopic", topic).isNotNull();
            assertThat(Integer.parseInt(options.get("--partitions"))).as("partitions of %s", topic)
                    .isEqualTo(declared.getSpec().getPartitions());
            for (String key : List.of("retention.ms", "retention.bytes")) {
                Object expected = declared.getSpec().getConfig().get(key);
                if (expected != null) {
                    assertThat(options.get(key)).as("%s of %s", key, topic).isEqualTo(String.valueOf(expected));
                }
            }
        });
    }

    @Test
    void postgresIsTheVersionTheTestsRunAgainstAndCreatesTheDatabases() throws IOException {
        Compose compose = Compose.load();
        JsonNode postgres = compose.services().values().stream()
                .filter(s -> ImageRef.parse(s.path("image").asText()).repository().equals("postgres"))
                .findFirst().orElse(null);
        assertThat(postgres).as("a postgres service").isNotNull();
        assertThat(ImageRef.parse(postgres.path("image").asText()).tag()).as("PostgreSQL major version")
                .isEqualTo(Project.get().postgresMajorVersion());
        assertThat(postgres.has("healthcheck")).as("PostgreSQL has a health check").isTrue();
        boolean initScript = false;
        for (String volume : Compose.strings(postgres.path("volumes"))) {
            String source = volume.split(":")[0];
            if (source.startsWith("./")) {
                assertThat(Files.isRegularFile(Project.get().root().resolve(source))).as("%s exists", source).isTrue();
                initScript |= volume.contains("/docker-entrypoint-initdb.d/");
            }
        }
        assertThat(initScript).as("an init script creates the service databases").isTrue();
        assertThat(Files.readString(Project.get().root().resolve("deploy/compose/create-databases.sh")))
                .as("the init script creates the databases the compose file lists").contains("$LEADBRIDGE_DATABASES");
    }

    private static List<String> topicCreators(Compose compose) {
        return compose.services().entrySet().stream()
                .filter(e -> commandLines(e.getValue()).stream().anyMatch(l -> TOPIC_COMMAND.matcher(l).find()))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> commandLines(JsonNode service) {
        return Compose.strings(service.path("command")).stream().flatMap(String::lines).toList();
    }
}
