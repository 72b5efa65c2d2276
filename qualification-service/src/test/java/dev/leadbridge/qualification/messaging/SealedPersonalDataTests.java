package dev.leadbridge.qualification.messaging;

import static dev.leadbridge.qualification.support.Api.asManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.IntakeKeysStandIn;
import dev.leadbridge.qualification.support.Lifecycle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who the person is arrives sealed under their lead's key, which qualification reads from intake (stood in here by
 * its HTTP endpoint; Kafka and PostgreSQL are real): opened for the rep when the key is there, left out when the
 * person was erased before the event got here, and waited for, not lost, while intake cannot answer.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
@QuarkusTestResource(IntakeKeysStandIn.class)
class SealedPersonalDataTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "leadbridge.intake.service-key")
    String serviceKey;

    private TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter(bootstrapServers);
    }

    @AfterEach
    void closeWriter() {
        IntakeKeysStandIn.unavailable(false);
        writer.close();
    }

    @Test
    void aSealedCaptureAndUpdateAreOpenedForTheRepWithTheLeadsKey() {
        UUID leadId = UUID.randomUUID();
        PersonalDataKey key = PersonalDataKey.generate();
        IntakeKeysStandIn.holds(leadId, key);
        LeadCaptured captured = capture(leadId);

        publishSealed(captured, key);

        await().atMost(Duration.ofSeconds(20)).until(() -> found(leadId));
        JsonPath lead = lead(leadId);
        assertThat(lead.getString("contact.email")).isEqualTo(captured.person().email());
        assertThat(lead.getString("contact.lastName")).isEqualTo(captured.person().lastName());
        assertThat(IntakeKeysStandIn.presentedKey()).isEqualTo(serviceKey);

        LeadUpdated newPhone = new LeadUpdated(leadId, Events.now(), List.of(
                new LeadFieldChange(LeadField.PHONE, null, "+44 20 7946 0958")),
                new Person(captured.person().email(), "Ada", captured.person().lastName(), "+44 20 7946 0958",
                        "VP Marketing"), captured.company(), "GB", captured.consent(), null);
        Events.publish(writer, EventType.LEAD_UPDATED, Events.INTAKE, leadId.toString(),
                PersonalData.seal(newPhone, key));
        await().atMost(Duration.ofSeconds(20)).until(() -> "+44 20 7946 0958".equals(
                lead(leadId).getString("contact.phone")));
    }

    @Test
    void aCaptureWhosePersonWasErasedBeforeItArrivedEntersWithoutThePerson() {
        UUID leadId = UUID.randomUUID();
        PersonalDataKey key = PersonalDataKey.generate();
        IntakeKeysStandIn.erased(leadId);
        LeadCaptured sealed = PersonalData.seal(capture(leadId), key);

        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), sealed);

        await().atMost(Duration.ofSeconds(20)).until(() -> found(leadId));
        JsonPath lead = lead(leadId);
        assertThat(lead.getString("contact.email")).isNull();
        assertThat(lead.getString("contact.lastName")).isNull();
        assertThat(lead.getString("company.name")).isEqualTo("Analytical Engines");
        assertThat(PersonalDataSearch.tablesContaining(sealed.person().lastName())).as("no sealed text kept")
                .isEmpty();
    }

    @Test
    void whileIntakeCannotAnswerTheCaptureWaitsAndIsNotLost() {
        UUID leadId = UUID.randomUUID();
        PersonalDataKey key = PersonalDataKey.generate();
        IntakeKeysStandIn.holds(leadId, key);
        IntakeKeysStandIn.unavailable(true);
        LeadCaptured captured = capture(leadId);

        publishSealed(captured, key);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> !found(leadId));
        IntakeKeysStandIn.unavailable(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> found(leadId));
        assertThat(lead(leadId).getString("contact.email")).isEqualTo(captured.person().email());
    }

    @Test
    void aRepsNoteWaitsForIntakeAndTravelsSealed() {
        UUID leadId = UUID.randomUUID();
        PersonalDataKey key = PersonalDataKey.generate();
        IntakeKeysStandIn.holds(leadId, key);
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.lead(leadId, "CTO", 200, "Software", null, LifecycleStage.ACCEPTED, "rep-sealed"));
        Api.awaitStage(leadId, "accepted");
        String note = "{\"reason\": \"no_budget\", \"note\": \"Ada asked to call back in spring\"}";

        IntakeKeysStandIn.unavailable(true);
        Api.post(Api.as("rep-sealed", "rep"), leadId, "reject", note).statusCode(503)
                .contentType("application/problem+json");
        Api.awaitStage(leadId, "accepted");
        IntakeKeysStandIn.unavailable(false);
        Api.post(Api.as("rep-sealed", "rep"), leadId, "reject", note).statusCode(200);

        LeadRejected rejected = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REJECTED,
                LeadRejected.class, 1).get(0);
        assertThat(rejected.note()).doesNotContain("spring");
        assertThat(key.open(leadId, rejected.note())).isEqualTo("Ada asked to call back in spring");
    }

    private void publishSealed(LeadCaptured captured, PersonalDataKey key) {
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, captured.leadId().toString(),
                PersonalData.seal(captured, key));
    }

    private static LeadCaptured capture(UUID leadId) {
        String tag = leadId.toString().substring(0, 8);
        return new LeadCaptured(leadId, Events.now(),
                new Person("ada-" + tag + "@engines.example", "Ada", "Lovelace" + tag, null, "VP Marketing"),
                new Company("Analytical Engines", "engines.example", 500, "Software"), "GB",
                new Consent(true, "news please", null), LeadSource.of(Channel.PAID_SEARCH), null, null,
                LifecycleStage.CAPTURED, null, Map.of());
    }

    private static boolean found(UUID leadId) {
        return asManager().when().get("/api/v1/leads/{id}", leadId).statusCode() == 200;
    }

    private static JsonPath lead(UUID leadId) {
        return asManager().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200).extract().jsonPath();
    }
}
