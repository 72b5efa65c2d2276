package dev.leadbridge.qualification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.EscalationAction;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class EscalationTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private UUID leadId;
    private String owner;

    @BeforeEach
    void assignedLead() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
        leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, "FR"));
        owner = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED, LeadAssigned.class, 1).get(0)
                .ownerId();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void reassignEscalationMovesTheLeadToAnotherRepOnceWhateverTheDeliveries() {
        String other = owner.equals("fr-rep-1") ? "fr-rep-2" : "fr-rep-1";
        CloudEventAttributes event = Events.newEvent(EventType.SLA_ESCALATED, Events.SLA_MONITOR, leadId.toString());
        SlaEscalated escalated = escalation(EscalationAction.REASSIGN, owner);
        for (int delivery = 0; delivery < 3; delivery++) {
            Events.publish(writer, event, escalated);
        }

        LeadReassigned reassigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REASSIGNED,
                LeadReassigned.class, 1).get(0);
        assertThat(reassigned.previousOwnerId()).isEqualTo(owner);
        assertThat(reassigned.ownerId()).isEqualTo(other);
        assertThat(reassigned.reason()).isEqualTo(ReassignmentReason.SLA_ESCALATION);
        assertThat(reassigned.actorId()).isNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200)
                        .body("ownerId", equalTo(other))
                        .body("stage", equalTo("assigned")));
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_REASSIGNED, LeadReassigned.class,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void escalationsThatOnlyNotifyAndOtherAlertsChangeNothing() {
        Events.publish(writer, EventType.SLA_ESCALATED, Events.SLA_MONITOR, leadId.toString(),
                escalation(EscalationAction.NOTIFY_MANAGER, owner));
        // an escalation about an owner the lead no longer has is out of date
        Events.publish(writer, EventType.SLA_ESCALATED, Events.SLA_MONITOR, leadId.toString(),
                escalation(EscalationAction.REASSIGN, "someone-else"));

        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_REASSIGNED, LeadReassigned.class,
                Duration.ofSeconds(5))).isEmpty();
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).body("ownerId", equalTo(owner));
    }

    @Test
    void poisonAlertGoesToDeadLetterTopic() {
        writer.send(Topics.SLA_ALERTS, leadId.toString(), "{\"leadId\": \"" + leadId + "\"}",
                CloudEvents.headersOf(Events.newEvent(EventType.SLA_ESCALATED, Events.SLA_MONITOR,
                        leadId.toString())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.SLA_ALERTS_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> leadId.toString().equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isNotBlank();
        }
    }

    private SlaEscalated escalation(EscalationAction action, String ownerId) {
        return new SlaEscalated(leadId, UUID.randomUUID(), "default", ownerId, "team-fr", 2, action, Events.now());
    }
}
