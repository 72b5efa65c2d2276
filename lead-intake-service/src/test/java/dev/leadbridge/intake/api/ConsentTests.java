package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static dev.leadbridge.intake.IntakeFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Marketing consent stated outside a form (an unsubscribe link, a preference centre) and the {@code unsubscribe}
 * touchpoint: a withdrawal is history and one {@code lead.updated}; the same statement again, in a row or at once,
 * changes nothing more.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class ConsentTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aWithdrawalIsAnnouncedOnceAndRepeatingItChangesNothing() throws Exception {
        String leadId = capturedWithConsent("optout-" + UUID.randomUUID() + "@engines.example");

        List<Response> answers = Twice.inARow(() -> withdraw(leadId));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(answers).extracting(answer -> answer.jsonPath().getBoolean("changed")).containsExactly(true, false);
        assertThat(answers.get(1).jsonPath().getBoolean("marketingOptIn")).isFalse();
        assertThat(answers.get(1).jsonPath().getString("text")).as("kept for the record").isEqualTo("Send me news");
        assertWithdrawnOnce(leadId);
    }

    @Test
    void twoWithdrawalsAtOnceChangeTheLeadOnce() throws Exception {
        String leadId = capturedWithConsent("race-" + UUID.randomUUID() + "@engines.example");

        List<Response> answers = Twice.atOnce(() -> withdraw(leadId));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(answers).extracting(answer -> answer.jsonPath().getBoolean("changed"))
                .containsExactlyInAnyOrder(true, false);
        assertWithdrawnOnce(leadId);
    }

    @Test
    void consentGivenAgainIsAnUpdateToo() {
        String leadId = capturedWithConsent("again-" + UUID.randomUUID() + "@engines.example");
        withdraw(leadId).then().statusCode(200);

        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("marketingOptIn", true, "text", "Yes, news again please"))
                .when().post("/api/v1/leads/{id}/consent", leadId)
                .then().statusCode(200).body("changed", equalTo(true)).body("marketingOptIn", equalTo(true))
                .body("text", equalTo("Yes, news again please"));
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records = captured.await(r -> leadId.equals(r.key()), 3,
                    Duration.ofSeconds(20));
            LeadUpdated given = EventJson.read(records.get(2).value(), LeadUpdated.class);
            assertThat(given.changes()).extracting(LeadFieldChange::field)
                    .containsExactly(LeadField.MARKETING_OPT_IN, LeadField.CONSENT_TEXT);
            assertThat(given.consent().givenAt()).isNotNull();
        }
    }

    @Test
    void anUnsubscribeTouchpointWithdrawsConsent() {
        String email = "footer-" + UUID.randomUUID() + "@engines.example";
        String leadId = capturedWithConsent(email);

        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "unsubscribe", "email", email, "channel", "email"))
                .when().post("/api/v1/touchpoints").then().statusCode(202);

        assertWithdrawnOnce(leadId);
        assertThat(count(database, "SELECT count(*) FROM touchpoint WHERE lead_id = $1 AND type = 'UNSUBSCRIBE'",
                UUID.fromString(leadId))).isEqualTo(1);
    }

    @Test
    void badStatementsStrangersAndUnknownLeadsChangeNothing() {
        String leadId = capturedWithConsent("guarded-" + UUID.randomUUID() + "@engines.example");

        asIntegration().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/leads/{id}/consent", leadId).then().statusCode(400)
                .contentType("application/problem+json");
        asIntegration().contentType(ContentType.JSON).body(Map.of("marketingOptIn", false))
                .when().post("/api/v1/leads/{id}/consent", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("marketingOptIn", false))
                .when().post("/api/v1/leads/{id}/consent", leadId).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).contentType(ContentType.JSON)
                .body(Map.of("marketingOptIn", false))
                .when().post("/api/v1/leads/{id}/consent", leadId).then().statusCode(403);

        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1", UUID.fromString(leadId)))
                .isZero();
        asIntegration().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("consent.marketingOptIn", equalTo(true));
    }

    /** A lead who opted in with the wording shown; its id. */
    private static String capturedWithConsent(String email) {
        return asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "consent", Map.of("marketingOptIn", true, "text", "Send me news")))
                .when().post("/api/v1/leads").then().statusCode(202).extract().path("leadId");
    }

    private static Response withdraw(String leadId) {
        return asIntegration().contentType(ContentType.JSON).body(Map.of("marketingOptIn", false))
                .when().post("/api/v1/leads/{id}/consent", leadId);
    }

    /** One history row, one lead.updated saying consent went from true to false, and the lead says so. */
    private void assertWithdrawnOnce(String leadId) {
        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1 AND field = 'marketing_opt_in'",
                UUID.fromString(leadId))).isEqualTo(1);
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records = captured.await(r -> leadId.equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(records.get(1), "ce_type")).isEqualTo(EventType.LEAD_UPDATED.ceType());
            assertThat(EventSchemas.violations(EventType.LEAD_UPDATED, records.get(1).value())).isEmpty();
            LeadUpdated withdrawn = EventJson.read(records.get(1).value(), LeadUpdated.class);
            assertThat(withdrawn.changes()).containsExactly(
                    new LeadFieldChange(LeadField.MARKETING_OPT_IN, "true", "false"));
            assertThat(withdrawn.consent().marketingOptIn()).isFalse();
            assertThat(captured.readFor(r -> leadId.equals(r.key()), Duration.ofMillis(500))).isEmpty();
        }
        asIntegration().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("consent.marketingOptIn", equalTo(false));
    }
}
