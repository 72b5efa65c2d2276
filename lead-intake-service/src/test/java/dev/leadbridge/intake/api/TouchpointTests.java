package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class TouchpointTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anonymousTouchpointsAreStitchedToTheLeadTheVisitorBecomes() {
        String visitor = "v-" + UUID.randomUUID();
        String pageView = record(Map.of("type", "page_view", "visitorId", visitor,
                "occurredAt", "2026-11-01T10:00:00Z", "utmMedium", "cpc", "url", "https://www.example.com/"))
                .body("leadId", nullValue()).extract().path("touchpointId");
        String download = record(Map.of("type", "content_download", "visitorId", visitor,
                "occurredAt", "2026-11-02T10:00:00Z")).extract().path("touchpointId");

        String leadId = asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", visitor + "@engines.example", "visitorId", visitor,
                        "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads").then().statusCode(202).extract().path("leadId");

        asIntegration().when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200)
                .body("touchpoints", hasSize(2))
                .body("touchpoints[0].touchpointId", equalTo(pageView))
                .body("touchpoints[0].channel", equalTo("paid_search"))
                .body("touchpoints[1].touchpointId", equalTo(download));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_TOUCHPOINTS)) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    r -> visitor.equals(r.key()) || leadId.equals(r.key()), 4, Duration.ofSeconds(20));
            assertThat(records).hasSize(4);
            records.forEach(r -> assertThat(EventSchemas.violations(EventType.TOUCHPOINT_RECORDED, r.value())).isEmpty());
            Set<UUID> restitched = records.stream().filter(r -> leadId.equals(r.key()))
                    .map(r -> EventJson.read(r.value(), TouchpointRecorded.class))
                    .peek(t -> assertThat(t.leadId()).hasToString(leadId))
                    .map(TouchpointRecorded::touchpointId).collect(Collectors.toSet());
            assertThat(restitched).containsExactlyInAnyOrder(UUID.fromString(pageView), UUID.fromString(download));
        }
    }

    @Test
    void touchpointByEmailLandsOnTheKnownLead() {
        String email = "tp-" + UUID.randomUUID() + "@engines.example";
        String leadId = IntakeFixtures.captureLead(email);
        record(Map.of("type", "webinar_attended", "email", email.toUpperCase()))
                .body("leadId", equalTo(leadId));
    }

    @Test
    void touchpointForAnUnknownLeadIsNotFound() {
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "page_view", "leadId", UUID.randomUUID().toString()))
                .when().post("/api/v1/touchpoints")
                .then().statusCode(404).contentType("application/problem+json");
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "page_view", "email", "nobody@engines.example"))
                .when().post("/api/v1/touchpoints")
                .then().statusCode(404);
    }

    @Test
    void touchpointNamingNoOneIsInvalid() {
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "page_view"))
                .when().post("/api/v1/touchpoints")
                .then().statusCode(400).contentType("application/problem+json");
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "telepathy", "visitorId", "v-1"))
                .when().post("/api/v1/touchpoints")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    private static io.restassured.response.ValidatableResponse record(Map<String, Object> body) {
        return asIntegration().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/touchpoints").then().statusCode(202);
    }
}
