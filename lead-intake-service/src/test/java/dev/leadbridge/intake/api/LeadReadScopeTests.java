package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.captureLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The captured lead read by the same rules as qualification's lead: a manager reads the leads routed to their teams
 * (learnt from {@code leads.lifecycle}), a manager whose token names no team every lead, marketing every lead without
 * contact data; anyone else a 403 problem that tells nothing about the lead.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class LeadReadScopeTests {

    private static final String QUALIFICATION = "/leadbridge/qualification-service";
    private static final String FRENCH_MANAGER = TestTokens.managerOf("mgr-fr", "team-fr");
    private static final String GERMAN_MANAGER = TestTokens.managerOf("mgr-de", "team-de");
    private static final String HEAD_OF_SALES = TestTokens.token("head-of-sales", "manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool database;

    private TopicWriter writer;
    private String email;
    private UUID leadId;

    @BeforeEach
    void capturedLead() {
        writer = new TopicWriter(bootstrapServers);
        email = "scoped-" + UUID.randomUUID() + "@example.com";
        leadId = UUID.fromString(captureLead(email));
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aManagerReadsTheCapturedLeadsOfTheirTeamsOnly() {
        Instant assignedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        routed(assigned("team-fr", assignedAt));

        read(FRENCH_MANAGER).then().statusCode(200).body("contact.email", startsWith("scoped-"));
        read(HEAD_OF_SALES).then().statusCode(200).body("contact.email", startsWith("scoped-"));
        assertRefused(read(GERMAN_MANAGER));
        assertRefused(read(TestTokens.token("rep-1", "rep")));
        read(TestTokens.token("m-1", "marketing")).then().statusCode(200)
                .body("contact", nullValue()).body("source", notNullValue());

        routed(new LeadReassigned(leadId, "rep-fr", "rep-de", "team-de", ReassignmentReason.MANAGER, "boss",
                        Grade.A, Channel.DIRECT, assignedAt.plus(Duration.ofMinutes(5))),
                // the first assignment replayed after the reassignment changes nothing
                assigned("team-fr", assignedAt));

        read(GERMAN_MANAGER).then().statusCode(200).body("contact.email", startsWith("scoped-"));
        assertRefused(read(FRENCH_MANAGER));
    }

    @Test
    void aLeadNotYetRoutedIsReadByAManagerOfEveryTeamOnly() {
        assertRefused(read(FRENCH_MANAGER));
        read(HEAD_OF_SALES).then().statusCode(200).body("contact.email", startsWith("scoped-"));
        IntakeFixtures.asIntegration().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200);
        read(TestTokens.token("admin-1", "admin")).then().statusCode(200);
    }

    @Test
    void aLifecycleRecordNobodyCanReadGoesToTheDeadLetterTopic() {
        writer.send(Topics.LEADS_LIFECYCLE, leadId.toString(), "{\"leadId\": \"" + leadId + "\"}",
                CloudEvents.headersOf(CloudEvents.newAttributes(EventType.LEAD_ASSIGNED, QUALIFICATION,
                        leadId.toString(), Clock.systemUTC())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> leadId.toString().equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
        }
        assertRefused(read(FRENCH_MANAGER));
    }

    private LeadAssigned assigned(String teamId, Instant at) {
        return new LeadAssigned(leadId, "rep-fr", teamId, false, "rule-fr", AssignmentReason.ROUND_ROBIN, Grade.A,
                Channel.DIRECT, MqlReason.SCORE_THRESHOLD, at);
    }

    /** Publishes the routing decisions on leads.lifecycle and waits until intake has handled each. */
    private void routed(Object... decisions) {
        UUID[] eventIds = new UUID[decisions.length];
        for (int i = 0; i < decisions.length; i++) {
            eventIds[i] = writer.publish(EventType.forPayload(decisions[i].getClass()), QUALIFICATION,
                    leadId.toString(), decisions[i]).id();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> IntakeFixtures.count(database,
                "SELECT count(*) FROM processed_event WHERE event_id = ANY($1)", (Object) eventIds)
                == decisions.length);
    }

    private Response read(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/leads/{id}", leadId);
    }

    private void assertRefused(Response refused) {
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.asString()).doesNotContain(email).doesNotContain("scoped-");
    }
}
