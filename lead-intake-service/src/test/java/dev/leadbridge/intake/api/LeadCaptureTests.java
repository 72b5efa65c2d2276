package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LeadCaptured;
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
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class LeadCaptureTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void capturedLeadIsStoredAndPublishedAsCloudEvent() {
        String leadId = asIntegration().contentType(ContentType.JSON)
                .body("""
                        {"email": "  Ada.Lovelace@Analytical-Engines.example ", "firstName": "Ada",
                         "lastName": "Lovelace", "company": "Analytical Engines", "country": "gb",
                         "consent": {"marketingOptIn": true, "text": "Send me news"},
                         "source": {"channel": "paid_search", "utmSource": "google", "utmCampaign": "q4-launch"}}
                        """)
                .when().post("/api/v1/leads")
                .then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("captured"))
                .extract().path("leadId");

        asIntegration().when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200)
                .body("contact.email", equalTo("ada.lovelace@analytical-engines.example"))
                .body("company.domain", equalTo("analytical-engines.example"))
                .body("country", equalTo("GB"));

        List<ConsumerRecord<String, String>> records = readCaptured(leadId, 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        CloudEventAttributes event = CloudEvents.readHeaders(record.headers());
        assertThat(event.type()).isEqualTo(EventType.LEAD_CAPTURED.ceType());
        assertThat(event.subject()).isEqualTo(leadId);
        assertThat(event.source()).isEqualTo("/leadbridge/lead-intake-service");
        assertThat(EventSchemas.violations(EventType.LEAD_CAPTURED, record.value())).isEmpty();
        assertThat(record.value()).as("sealed under the lead's key").doesNotContain("ada.lovelace");
        LeadCaptured payload = IntakeFixtures.opened(EventJson.read(record.value(), LeadCaptured.class));
        assertThat(payload.leadId()).hasToString(leadId);
        assertThat(payload.person().email()).isEqualTo("ada.lovelace@analytical-engines.example");
        assertThat(payload.source().channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(payload.source().utmCampaign()).isEqualTo("q4-launch");
    }

    @Test
    void invalidLeadIsAnsweredWithProblemListingFieldsAndStoresNothing() {
        long leadsBefore = count("lead");
        long eventsBefore = count("outbox_event");

        asIntegration().contentType(ContentType.JSON)
                .body("""
                        {"email": "not-an-email", "country": "Atlantis", "companySize": -3,
                         "consent": {"marketingOptIn": true}}
                        """)
                .when().post("/api/v1/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("email", "country", "companySize"));

        assertThat(count("lead")).isEqualTo(leadsBefore);
        assertThat(count("outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void leadWithoutConsentIsRejected() {
        asIntegration().contentType(ContentType.JSON)
                .body("{\"email\": \"grace@navy.example\"}")
                .when().post("/api/v1/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("consent"));
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() {
        asIntegration().contentType(ContentType.JSON)
                .body("{\"email\": ")
                .when().post("/api/v1/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:malformed-body"));
    }

    @Test
    void unknownChannelNamesTheField() {
        asIntegration().contentType(ContentType.JSON)
                .body("""
                        {"email": "grace@navy.example", "consent": {"marketingOptIn": false},
                         "source": {"channel": "carrier_pigeon"}}
                        """)
                .when().post("/api/v1/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("source.channel"));
    }

    @Test
    void marketingReadsACapturedLeadWithoutContactData() {
        String leadId = IntakeFixtures.captureLead("private-" + UUID.randomUUID() + "@engines.example");

        String asMarketing = given().auth().oauth2(TestTokens.token("m-1", "marketing"))
                .when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).body("contact", nullValue()).body("source", notNullValue())
                .extract().asString();
        assertThat(asMarketing).doesNotContain("private-");
        given().auth().oauth2(TestTokens.token("boss", "manager")).when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).body("contact.email", startsWith("private-"));
    }

    @Test
    void unknownLeadIsNotFoundProblem() {
        asIntegration().when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:not-found"));
    }

    private List<ConsumerRecord<String, String>> readCaptured(String leadId, int expected) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> matched =
                    reader.await(record -> leadId.equals(record.key()), expected, Duration.ofSeconds(20));
            // a short extra read shows that no duplicate follows
            matched.addAll(reader.readFor(record -> leadId.equals(record.key()), Duration.ofMillis(500)));
            return matched;
        }
    }

    private long count(String table) {
        return database.query("SELECT count(*) FROM " + table).execute().await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
