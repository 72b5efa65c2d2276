package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the checks read a service's configuration: SmallRye Config's environment mapping and expressions. */
class QuarkusConfigTests {

    private static QuarkusConfig config(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return QuarkusConfig.of(map);
    }

    @Test
    void mapsPropertyNamesToEnvironmentVariablesAsSmallRyeDoes() {
        assertThat(QuarkusConfig.envName("quarkus.http.port")).isEqualTo("QUARKUS_HTTP_PORT");
        assertThat(QuarkusConfig.envName("leadbridge.intake.api-key-pepper"))
                .isEqualTo("LEADBRIDGE_INTAKE_API_KEY_PEPPER");
        assertThat(QuarkusConfig.envName("quarkus.log.category.\"io.zonky\".level"))
                .isEqualTo("QUARKUS_LOG_CATEGORY__IO_ZONKY__LEVEL");
        assertThat(QuarkusConfig.envName("DB_HOST")).isEqualTo("DB_HOST");
    }

    @Test
    void readsEveryReferencedVariableAndPropertyInProductionOnly() {
        QuarkusConfig config = config(
                "quarkus.datasource.reactive.url", "postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/${DB_NAME:x}",
                "a.b", "${OUTER:${INNER}}",
                "%prod.secret", "${PROD_ONLY}",
                "%dev.quarkus.datasource.username", "${DEV_ONLY}");
        assertThat(config.readableEnv()).contains("DB_HOST", "DB_PORT", "DB_NAME", "OUTER", "INNER", "PROD_ONLY",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "A_B", "SECRET", "_PROD_SECRET");
        assertThat(config.readableEnv()).doesNotContain("DEV_ONLY");
    }

    @Test
    void needsOnlyVariablesWithoutDefault() {
        QuarkusConfig config = config(
                "quarkus.datasource.username", "${DB_USER}",
                "kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}",
                "x", "${quarkus.application.name}",
                "quarkus.application.name", "svc",
                "%dev.y", "${DEV_ONLY}");
        assertThat(config.missingEnv(Map.of())).containsExactly("DB_USER");
        assertThat(config.missingEnv(Map.of("DB_USER", "u"))).isEmpty();
        assertThat(config.missingEnv(Map.of("QUARKUS_DATASOURCE_USERNAME", "u")))
                .as("the property itself set from the environment").isEmpty();
    }

    @Test
    void readsTheSharedMicroprofileConfigBelowApplicationProperties() {
        QuarkusConfig config = QuarkusConfig.layered(
                Map.of("quarkus.oidc.client-id", "own-client"),
                Map.of("quarkus.oidc.client-id", "${OIDC_CLIENT_ID:leadbridge-web}",
                        "quarkus.oidc.auth-server-url", "${OIDC_AUTH_SERVER_URL:}",
                        "%prod.shared.required", "${SHARED_REQUIRED}"));
        assertThat(config.readableEnv()).contains("OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_AUTH_SERVER_URL",
                "SHARED_REQUIRED").doesNotContain("OIDC_CLIENT_ID");
        assertThat(config.effective("quarkus.oidc.client-id", Map.of("OIDC_CLIENT_ID", "other")))
                .as("application.properties wins").contains("own-client");
        assertThat(config.effective("quarkus.oidc.auth-server-url", Map.of("OIDC_AUTH_SERVER_URL", "https://idp")))
                .contains("https://idp");
        assertThat(config.missingEnv(Map.of())).containsExactly("SHARED_REQUIRED");
    }

    @Test
    void resolvesEffectiveValuesWithTheEnvironmentOnTop() {
        QuarkusConfig config = config(
                "quarkus.http.port", "8081",
                "url", "postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/${DB_NAME:intake}",
                "%prod.quarkus.shutdown.timeout", "10s");
        assertThat(config.effective("url", Map.of("DB_HOST", "db"))).contains("postgresql://db:5432/intake");
        assertThat(config.effective("quarkus.http.port", Map.of("QUARKUS_HTTP_PORT", "9999"))).contains("9999");
        assertThat(config.shutdownTimeout(Map.of())).contains(Duration.ofSeconds(10));
        assertThat(config.health(Map.of())).isEqualTo(
                new QuarkusConfig.Health(8081, "/q/health/live", "/q/health/ready", "/q/health/started"));
    }

    @Test
    void followsHealthToTheManagementInterfaceAndCustomRoots() {
        assertThat(config("quarkus.management.enabled", "true").health(Map.of())).isEqualTo(
                new QuarkusConfig.Health(9000, "/q/health/live", "/q/health/ready", "/q/health/started"));
        assertThat(config("quarkus.http.port", "8080", "quarkus.http.root-path", "/app",
                "quarkus.smallrye-health.root-path", "status").health(Map.of())).isEqualTo(
                new QuarkusConfig.Health(8080, "/app/q/status/live", "/app/q/status/ready", "/app/q/status/started"));
    }

    @Test
    void findsTopicsAndDeadLetterTopicsOfKafkaChannels() {
        QuarkusConfig config = config(
                "mp.messaging.incoming.in.connector", "smallrye-kafka",
                "mp.messaging.incoming.in.topic", "t.in",
                "mp.messaging.incoming.in.failure-strategy", "dead-letter-queue",
                "mp.messaging.incoming.bare.connector", "smallrye-kafka",
                "mp.messaging.incoming.bare.failure-strategy", "dead-letter-queue",
                "mp.messaging.outgoing.out.connector", "smallrye-kafka",
                "mp.messaging.outgoing.out.topic", "t.out");
        assertThat(config.consumedTopics()).containsExactlyInAnyOrder("t.in", "bare");
        assertThat(config.namedTopics()).containsExactlyInAnyOrder("t.in", "dead-letter-topic-in", "bare",
                "dead-letter-topic-bare", "t.out");
    }
}
