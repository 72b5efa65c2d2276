package dev.leadbridge.qualification.messaging;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static dev.leadbridge.qualification.support.Api.awaitStage;
import static dev.leadbridge.qualification.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code person.erased} from intake: the lead forgets who the person is and what was written about them, everywhere
 * in qualification's tables, and keeps its stage, owner, score and amounts; a redelivery changes nothing more, and an
 * erasure of a lead never captured waits on the dead-letter topic with its capture.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class PersonErasureTests {

    private static final String OWNER = "rep-erasure";

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
    void theLeadForgetsThePersonAndKeepsEveryFigure() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID leadId = wonLeadOf(tag);
        JsonPath before = lead(leadId);

        Events.publish(writer, EventType.PERSON_ERASED, Events.INTAKE, leadId.toString(), erasureOf(leadId));

        await().atMost(Duration.ofSeconds(20)).until(() -> lead(leadId).getString("contact.email") == null);
        JsonPath after = lead(leadId);
        assertThat(after.getString("contact.lastName")).isNull();
        assertThat(after.getString("contact.phone")).isNull();
        assertThat(after.getString("contact.jobTitle")).isNull();
        assertThat(after.getString("sales.closeReason")).isNull();
        for (String kept : List.of("stage", "ownerId", "score.total", "score.grade", "sales.opportunityId",
                "sales.closedAmount", "sales.closedCurrency", "company.name", "source.channel")) {
            assertThat(after.getString(kept)).as(kept).isEqualTo(before.getString(kept));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tracesOf(tag)).isEmpty());
    }

    @Test
    void aRedeliveredErasureIsAppliedOnceAndLaterTouchesDoNotReScore() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID leadId = capture(tag, LifecycleStage.CAPTURED, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> asManager().when().get("/api/v1/leads/{id}", leadId)
                .statusCode() == 200 && lead(leadId).getString("score.total") != null);
        CloudEventAttributes erasure = Events.newEvent(EventType.PERSON_ERASED, Events.INTAKE, leadId.toString());

        Events.publish(writer, erasure, erasureOf(leadId));
        Events.publish(writer, erasure, erasureOf(leadId));
        await().atMost(Duration.ofSeconds(20)).until(() -> lead(leadId).getString("contact.email") == null);
        int score = lead(leadId).getInt("score.total");
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(), Events.touchpoint(
                UUID.randomUUID(), leadId, null, TouchpointType.DEMO_REQUEST, Events.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT count(*) FROM touchpoint WHERE lead_id = $1", leadId) == 1);
        assertThat(lead(leadId).getInt("score.total")).as("an erased person is not judged again").isEqualTo(score);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", erasure.id())).isEqualTo(1);
    }

    @Test
    void anErasureOfALeadNeverCapturedWaitsOnTheDeadLetterTopic() {
        UUID unknown = UUID.randomUUID();

        Events.publish(writer, EventType.PERSON_ERASED, Events.INTAKE, unknown.toString(), erasureOf(unknown));

        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> unknown.toString().equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("re-drive this erasure after its capture");
        }
    }

    /** A lead a rep logged as accepted, converted and won, with a close reason naming the person. */
    private UUID wonLeadOf(String tag) {
        UUID leadId = capture(tag, LifecycleStage.ACCEPTED, OWNER);
        awaitStage(leadId, "accepted");
        post(as(OWNER, "rep"), leadId, "convert",
                "{\"opportunityId\": \"OPP-" + UUID.randomUUID()
                        + "\", \"expectedAmount\": \"9000.00\", \"currency\": \"EUR\"}")
                .statusCode(200);
        post(as(OWNER, "rep"), leadId, "close", "{\"outcome\": \"won\", \"amount\": \"8000.00\", \"currency\": "
                + "\"EUR\", \"reason\": \"Lovelace" + tag + " signed\"}").statusCode(200);
        return leadId;
    }

    private UUID capture(String tag, LifecycleStage stage, String ownerId) {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), new LeadCaptured(leadId,
                Events.now(), new Person("ada-" + tag + "@engines.example", "Ada" + tag, "Lovelace" + tag,
                        "+4930" + tag.hashCode(), "VP Marketing " + tag),
                new Company("Analytical Engines", "engines.example", 500, "Software"), "GB",
                new Consent(true, "news please", null), LeadSource.of(Channel.PAID_SEARCH), "v-" + tag, null, stage,
                ownerId, Map.of()));
        return leadId;
    }

    private static PersonErased erasureOf(UUID leadId) {
        return new PersonErased(leadId, UUID.randomUUID(), Events.now());
    }

    private static JsonPath lead(UUID leadId) {
        return asManager().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200).body("leadId",
                notNullValue()).extract().jsonPath();
    }

    private List<String> tracesOf(String tag) {
        return PersonalDataSearch.tablesContaining(tag);
    }

    private long count(String query, Object parameter) {
        return database.preparedQuery(query).execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
