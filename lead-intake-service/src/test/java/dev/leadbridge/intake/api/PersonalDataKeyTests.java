package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.SERVICE_KEY;
import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static dev.leadbridge.intake.IntakeFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Crypto-shredding: who the person is travels sealed under their lead's key, which only LeadBridge's services may
 * read from intake, and which the person's erasure destroys, after which the sealed capture on the topic can never
 * be opened again.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class PersonalDataKeyTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theCaptureOnTheTopicOpensWithTheLeadsKeyUntilThePersonIsErased() {
        String email = "sealed-" + UUID.randomUUID() + "@engines.example";
        String leadId = asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "firstName", "Hedy", "lastName", "Kiesler", "phone", "+43 1 2345678",
                        "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads").then().statusCode(202).extract().path("leadId");
        String published = publishedCapture(leadId);
        assertThat(published).doesNotContain(email).doesNotContain("Kiesler").doesNotContain("2345678")
                .contains("@engines.example");
        LeadCaptured sealed = EventJson.read(published, LeadCaptured.class);
        PersonalDataKey key = IntakeFixtures.keyOf(leadId);
        assertThat(PersonalData.open(sealed, key).person().email()).isEqualTo(email);

        given().auth().oauth2(TestTokens.token("admin-1", "admin")).queryParam("email", email)
                .when().delete("/api/v1/people").then().statusCode(200);

        asService().when().get("/internal/v1/lead-keys/{id}", leadId).then().statusCode(410)
                .contentType("application/problem+json");
        assertThat(count(database, "SELECT count(*) FROM lead_key WHERE lead_id = $1", UUID.fromString(leadId)))
                .isZero();
        PersonalDataKey anyOtherKey = IntakeFixtures.keyOf(IntakeFixtures.captureLead(
                "other-" + UUID.randomUUID() + "@engines.example"));
        assertThatThrownBy(() -> PersonalData.open(sealed, anyOtherKey)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyLeadBridgesServicesReadAKey() {
        String leadId = IntakeFixtures.captureLead("guarded-key-" + UUID.randomUUID() + "@engines.example");

        given().when().get("/internal/v1/lead-keys/{id}", leadId).then().statusCode(401);
        given().header("X-Api-Key", "lbk_" + UUID.randomUUID()).when().get("/internal/v1/lead-keys/{id}", leadId)
                .then().statusCode(401);
        asIntegration().when().get("/internal/v1/lead-keys/{id}", leadId).then().statusCode(403);
        for (String role : new String[] {"admin", "manager", "rep", "marketing", "ops"}) {
            given().auth().oauth2(TestTokens.token("someone", role)).when().get("/internal/v1/lead-keys/{id}", leadId)
                    .then().statusCode(403);
        }
        asService().when().get("/internal/v1/lead-keys/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asService().when().get("/internal/v1/lead-keys/{id}", leadId).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification asService() {
        return given().header("X-Api-Key", SERVICE_KEY);
    }

    private String publishedCapture(String leadId) {
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            return captured.await(r -> leadId.equals(r.key())
                            && EventType.LEAD_CAPTURED.ceType().equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(20)).get(0).value();
        }
    }
}
