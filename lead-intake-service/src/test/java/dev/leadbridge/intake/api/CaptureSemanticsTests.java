package dev.leadbridge.intake.api;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** De-duplication, idempotency and rep-logged leads, each checked in the database and on the topics. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class CaptureSemanticsTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void knownEmailUpdatesTheLeadInsteadOfCreatingAnother() {
        String email = "grace." + UUID.randomUUID() + "@navy.example";
        String first = submit(Map.of("email", email, "firstName", "Grace", "jobTitle", "Engineer",
                "consent", Map.of("marketingOptIn", true)))
                .body("status", equalTo("captured")).body("duplicateOf", nullValue())
                .extract().path("leadId");

        submit(Map.of("email", email.toUpperCase(), "jobTitle", "Rear Admiral", "firstName", " ",
                "consent", Map.of("marketingOptIn", true), "source", Map.of("utmMedium", "email")))
                .body("status", equalTo("duplicate"))
                .body("leadId", equalTo(first))
                .body("duplicateOf", equalTo(first));

        assertThat(count("SELECT count(*) FROM lead WHERE email = $1", email)).isEqualTo(1);
        asIntegration().when().get("/api/v1/leads/{id}", first)
                .then().statusCode(200)
                .body("contact.firstName", equalTo("Grace"))
                .body("contact.jobTitle", equalTo("Rear Admiral"))
                .body("touchpoints", hasSize(1))
                .body("touchpoints[0].type", equalTo("form_submission"))
                .body("touchpoints[0].channel", equalTo("email"));
        assertThat(count("SELECT count(*) FROM lead_change WHERE lead_id = $1 AND field = 'job_title'",
                UUID.fromString(first))).isEqualTo(1);

        try (TopicReader touchpoints = new TopicReader(bootstrapServers, Topics.LEADS_TOUCHPOINTS)) {
            List<ConsumerRecord<String, String>> records =
                    touchpoints.await(r -> first.equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            assertThat(EventSchemas.violations(EventType.TOUCHPOINT_RECORDED, records.get(0).value())).isEmpty();
            TouchpointRecorded touchpoint = EventJson.read(records.get(0).value(), TouchpointRecorded.class);
            assertThat(touchpoint.type()).isEqualTo(TouchpointType.FORM_SUBMISSION);
        }
        // the capture, then the update on the same partition: every reader sees the new title after the first one
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records = captured.await(r -> first.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(records).extracting(r -> header(r, "ce_type"))
                    .containsExactly(EventType.LEAD_CAPTURED.ceType(), EventType.LEAD_UPDATED.ceType());
            assertThat(EventSchemas.violations(EventType.LEAD_UPDATED, records.get(1).value())).isEmpty();
            assertThat(records.get(1).value()).as("sealed under the lead's key").doesNotContain("Rear Admiral");
            LeadUpdated updated = IntakeFixtures.opened(EventJson.read(records.get(1).value(), LeadUpdated.class));
            assertThat(updated.changes()).containsExactly(
                    new LeadFieldChange(LeadField.JOB_TITLE, "Engineer", "Rear Admiral"));
            assertThat(updated.person().jobTitle()).isEqualTo("Rear Admiral");
            assertThat(updated.person().firstName()).isEqualTo("Grace");
            assertThat(captured.readFor(r -> first.equals(r.key()), Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void aResubmissionThatChangesNothingAnnouncesNoUpdate() {
        String email = "same." + UUID.randomUUID() + "@navy.example";
        Map<String, Object> lead = Map.of("email", email, "jobTitle", "Engineer",
                "consent", Map.of("marketingOptIn", true));
        String first = submit(lead).extract().path("leadId");
        submit(lead).body("status", equalTo("duplicate"));

        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            assertThat(captured.await(r -> first.equals(r.key()), 1, Duration.ofSeconds(20))).hasSize(1);
            assertThat(captured.readFor(r -> first.equals(r.key()), Duration.ofMillis(500))).isEmpty();
        }
    }


    @Test
    void repeatedIdempotencyKeyReturnsTheSameAnswerAndCreatesNothing() {
        String key = "order-" + UUID.randomUUID();
        Map<String, Object> lead = Map.of("email", key + "@engines.example", "consent", Map.of("marketingOptIn", true));
        String first = asIntegration().header("Idempotency-Key", key).contentType(ContentType.JSON).body(lead)
                .when().post("/api/v1/leads").then().statusCode(202).extract().asString();
        String again = asIntegration().header("Idempotency-Key", key).contentType(ContentType.JSON).body(lead)
                .when().post("/api/v1/leads").then().statusCode(202).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM lead WHERE email = $1", key.toLowerCase() + "@engines.example"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM touchpoint t JOIN lead l ON l.id = t.lead_id WHERE l.email = $1",
                key.toLowerCase() + "@engines.example")).isZero();
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = "reuse-" + UUID.randomUUID();
        asIntegration().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("email", "one@engines.example", "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads").then().statusCode(202);
        asIntegration().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("email", "two@engines.example", "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:idempotency-key-reused"));
        assertThat(count("SELECT count(*) FROM lead WHERE email = $1", "two@engines.example")).isZero();
    }

    @Test
    void repLogsALeadMetOfflineAsAlreadyAccepted() {
        String email = "met-at-booth-" + UUID.randomUUID() + "@engines.example";
        String leadId = given().auth().oauth2(TestTokens.token("rep-7", "rep")).contentType(ContentType.JSON)
                .body(Map.of("email", email, "consent", Map.of("marketingOptIn", false),
                        "entryStage", "accepted", "source", Map.of("channel", "event")))
                .when().post("/api/v1/leads")
                .then().statusCode(202).extract().path("leadId");

        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records =
                    captured.await(r -> leadId.equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            LeadCaptured event = EventJson.read(records.get(0).value(), LeadCaptured.class);
            assertThat(event.entryStage()).isEqualTo(LifecycleStage.ACCEPTED);
            assertThat(event.ownerId()).isEqualTo("rep-7");
        }
    }

    @Test
    void repCannotLogLeadsForSomeoneElse() {
        given().auth().oauth2(TestTokens.token("rep-7", "rep")).contentType(ContentType.JSON)
                .body(Map.of("email", "x@engines.example", "consent", Map.of("marketingOptIn", false),
                        "entryStage", "accepted", "ownerId", "rep-8"))
                .when().post("/api/v1/leads")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void integrationsCannotSkipTheLifecycle() {
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", "skip@engines.example", "consent", Map.of("marketingOptIn", false),
                        "entryStage", "accepted"))
                .when().post("/api/v1/leads")
                .then().statusCode(403);
        assertThat(count("SELECT count(*) FROM lead WHERE email = $1", "skip@engines.example")).isZero();
    }

    private static io.restassured.response.ValidatableResponse submit(Map<String, Object> body) {
        return IntakeFixtures.asIntegration().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/leads").then().statusCode(202);
    }

    private long count(String sql, Object parameter) {
        return database.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
