package dev.leadbridge.qualification.messaging;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class LeadCapturedConsumerTests {

    private static final String SOURCE = "/leadbridge/lead-intake-service";

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter(bootstrapServers);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void capturedLeadBecomesReadableByManagers() {
        UUID leadId = UUID.randomUUID();
        publish(newEvent(leadId), captured(leadId));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200)
                        .body("leadId", equalTo(leadId.toString()))
                        .body("stage", equalTo("scored"))
                        .body("contact.email", equalTo("ada@engines.example"))
                        .body("source.channel", equalTo("paid_search"))
                        .body("history.stage", contains("captured", "scored")));
    }

    @Test
    void redeliveredEventChangesNothing() {
        UUID leadId = UUID.randomUUID();
        CloudEventAttributes event = newEvent(leadId);
        for (int delivery = 0; delivery < 3; delivery++) {
            publish(event, captured(leadId));
        }
        UUID marker = UUID.randomUUID();
        publish(newEvent(marker), captured(marker));

        // the marker is behind the redeliveries on the same partition only by chance, so wait for both
        await().atMost(Duration.ofSeconds(20)).until(() -> count("lead", marker) == 1 && count("lead", leadId) == 1);
        // captured, then scored: once, whatever the number of deliveries
        assertThat(count("lead_stage_change", leadId)).isEqualTo(2);
        assertThat(processedCount(event.id())).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToDeadLetterTopicAndLaterRecordsFlow() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        writer.send(Topics.LEADS_CAPTURED, garbageKey, "{not json at all", Map.of());
        UUID invalidLead = UUID.randomUUID();
        writer.send(Topics.LEADS_CAPTURED, invalidLead.toString(), "{\"leadId\": \"" + invalidLead + "\"}",
                CloudEvents.headersOf(newEvent(invalidLead)));
        UUID goodLead = UUID.randomUUID();
        publish(newEvent(goodLead), captured(goodLead));

        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(
                    r -> garbageKey.equals(r.key()) || invalidLead.toString().equals(r.key()), 2, Duration.ofSeconds(20));
            assertThat(dead).hasSize(2);
            assertThat(dead).allSatisfy(r -> assertThat(header(r, "dead-letter-reason")).isNotBlank());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("lead", goodLead) == 1);
        assertThat(count("lead", invalidLead)).isZero();
    }

    private void publish(CloudEventAttributes event, LeadCaptured payload) {
        writer.send(Topics.LEADS_CAPTURED, event.subject(), EventJson.write(payload), CloudEvents.headersOf(event));
    }

    private static CloudEventAttributes newEvent(UUID leadId) {
        return CloudEvents.newAttributes(EventType.LEAD_CAPTURED, SOURCE, leadId.toString(), Clock.systemUTC());
    }

    private static LeadCaptured captured(UUID leadId) {
        return new LeadCaptured(leadId, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                new Person("ada@engines.example", "Ada", "Lovelace", null, "CTO"),
                null, "GB", new Consent(true, "news please", null), LeadSource.of(Channel.PAID_SEARCH),
                null, null, LifecycleStage.CAPTURED, null, Map.of());
    }

    private long count(String table, UUID leadId) {
        String column = table.equals("lead") ? "id" : "lead_id";
        return database.preparedQuery("SELECT count(*) FROM " + table + " WHERE " + column + " = $1")
                .execute(Tuple.of(leadId)).await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }

    private long processedCount(UUID eventId) {
        return database.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }

}
