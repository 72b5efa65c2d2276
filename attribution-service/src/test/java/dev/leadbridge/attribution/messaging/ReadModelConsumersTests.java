package dev.leadbridge.attribution.messaging;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.newEvent;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.won;
import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
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
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class ReadModelConsumersTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private Instant start;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter(bootstrapServers);
        start = Events.newEpoch();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void redeliveredCloseChangesNothing() {
        UUID leadId = UUID.randomUUID();
        publish(writer, leadId.toString(), captured(leadId, start, Channel.EVENT, "fair", null));
        CloudEventAttributes close = newEvent(EventType.LEAD_CLOSED, leadId.toString());
        for (int delivery = 0; delivery < 3; delivery++) {
            publish(writer, close, won(leadId, start.plus(1, ChronoUnit.DAYS), "250.00"));
        }
        // same key, same partition: once this later event is in, every redelivery before it was handled
        CloudEventAttributes marker = publish(writer, leadId.toString(), accepted(leadId, start.plus(2, ChronoUnit.DAYS)));

        // leads.captured is another topic, consumed independently: the lead itself may land after its milestones
        await().atMost(Duration.ofSeconds(30)).until(() -> milestones(marker.id()) == 1
                && count("SELECT count(*) FROM attribution_lead WHERE id = $1", leadId) == 1);
        assertThat(count("SELECT count(*) FROM lead_milestone WHERE lead_id = $1", leadId)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", close.id())).isEqualTo(1);
        JsonPath report = given().auth().oauth2(TestTokens.token("boss", "manager"))
                .queryParam("model", "linear")
                .queryParam("from", start.toString()).queryParam("to", start.plus(30, ChronoUnit.DAYS).toString())
                .when().get("/api/v1/attribution").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("deals")).isEqualTo(1);
        assertThat(report.getString("currencies[0].total")).isEqualTo("250.00");
        assertThat(report.getString("currencies[0].groups[0].group")).isEqualTo("event");
    }

    /** A later submission from another browser: that visitor's anonymous touches join the lead's journey. */
    @Test
    void aVisitorIdALaterSubmissionBringsJoinsThatVisitorsTouchesToTheJourney() {
        UUID leadId = UUID.randomUUID();
        String visitor = "visitor-" + leadId;
        publish(writer, visitor, Events.touchpoint(UUID.randomUUID(), null, visitor, start.minus(1, ChronoUnit.DAYS),
                Channel.SOCIAL, null));
        publish(writer, leadId.toString(), captured(leadId, start, Channel.EVENT, "fair", null));
        publish(writer, leadId.toString(), new LeadUpdated(leadId, start.plus(1, ChronoUnit.HOURS),
                List.of(new LeadFieldChange(LeadField.VISITOR_ID, null, visitor)),
                new Person("ada@engines.example", "Ada", null, null, null), null, null,
                new Consent(false, null, null), visitor));
        publish(writer, leadId.toString(), won(leadId, start.plus(1, ChronoUnit.DAYS), "300.00"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM attribution_lead WHERE id = $1 AND visitor_id = $2", leadId, visitor) == 1
                && count("SELECT count(*) FROM lead_milestone WHERE lead_id = $1", leadId) == 1
                && count("SELECT count(*) FROM attribution_touchpoint WHERE visitor_id = $1", visitor) == 1);
        JsonPath report = given().auth().oauth2(TestTokens.token("boss", "manager"))
                .queryParam("model", "first_touch")
                .queryParam("from", start.toString()).queryParam("to", start.plus(30, ChronoUnit.DAYS).toString())
                .when().get("/api/v1/attribution").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("currencies[0].groups.find { it.group == 'social' }.amount"))
                .as("the visitor's first touch takes the credit").isEqualTo("300.00");
        assertThat(report.getString("currencies[0].groups.find { it.group == 'event' }.amount")).isEqualTo("0.00");
    }

    @Test
    void stitchedTouchpointIsKeptOnceWithItsLead() {
        UUID leadId = UUID.randomUUID();
        UUID touchpointId = UUID.randomUUID();
        String visitor = "visitor-" + leadId;
        publish(writer, visitor, Events.touchpoint(touchpointId, null, visitor, start, Channel.SOCIAL, null));
        publish(writer, leadId.toString(), Events.touchpoint(touchpointId, leadId, visitor, start, Channel.SOCIAL,
                null));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM attribution_touchpoint WHERE lead_id = $1", leadId) == 1);
        assertThat(count("SELECT count(*) FROM attribution_touchpoint WHERE touchpoint_id = $1", touchpointId))
                .isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterRecordsFlow() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        writer.send(Topics.LEADS_LIFECYCLE, garbageKey, "{not json at all", Map.of());
        UUID invalidLead = UUID.randomUUID();
        writer.send(Topics.LEADS_LIFECYCLE, invalidLead.toString(), "{\"leadId\": \"" + invalidLead + "\"}",
                CloudEvents.headersOf(newEvent(EventType.LEAD_CLOSED, invalidLead.toString())));
        UUID goodLead = UUID.randomUUID();
        CloudEventAttributes good = publish(writer, goodLead.toString(), accepted(goodLead, start));

        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(
                    r -> garbageKey.equals(r.key()) || invalidLead.toString().equals(r.key()), 2,
                    Duration.ofSeconds(30));
            assertThat(dead).hasSize(2);
            assertThat(dead).allSatisfy(r -> assertThat(header(r, "dead-letter-reason")).isNotBlank());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> milestones(good.id()) == 1);
        assertThat(count("SELECT count(*) FROM lead_milestone WHERE lead_id = $1", invalidLead)).isZero();
    }

    private long milestones(UUID eventId) {
        return count("SELECT count(*) FROM lead_milestone WHERE event_id = $1", eventId);
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }

}
