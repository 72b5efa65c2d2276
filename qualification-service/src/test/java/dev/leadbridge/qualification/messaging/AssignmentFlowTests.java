package dev.leadbridge.qualification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.MqlReason;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class AssignmentFlowTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void capturedLeadIsScoredQualifiedAndAssigned() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, "FR"));

        LeadScored scored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);
        LeadMql mql = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 1).get(0);
        LeadAssigned assigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 1).get(0);
        assertThat(scored.score().grade()).isEqualTo(Grade.A);
        assertThat(mql.reason()).isEqualTo(MqlReason.SCORE_THRESHOLD);
        assertThat(assigned.queued()).isFalse();
        assertThat(assigned.ownerId()).isIn("fr-rep-1", "fr-rep-2");
        assertThat(assigned.teamId()).isEqualTo("team-fr");
        assertThat(assigned.routingRuleId()).isEqualTo("fr");
        assertThat(assigned.territory()).isEqualTo("Southern Europe");
        assertThat(assigned.reason()).isEqualTo(AssignmentReason.ROUND_ROBIN);
        assertThat(assigned.grade()).isEqualTo(Grade.A);
        assertThat(assigned.mqlReason()).isEqualTo(MqlReason.SCORE_THRESHOLD);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200)
                        .body("stage", equalTo("assigned"))
                        .body("ownerId", equalTo(assigned.ownerId()))
                        .body("assignment.teamId", equalTo("team-fr"))
                        .body("assignment.ruleId", equalTo("fr"))
                        .body("assignment.reason", equalTo("round_robin")));
    }

    @Test
    void consecutiveLeadsGoToDifferentRepsOfEqualWeight() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, first.toString(),
                Events.strongLeadFrom(first, "FR"));
        String firstOwner = Lifecycle.await(bootstrapServers, first, EventType.LEAD_ASSIGNED, LeadAssigned.class, 1)
                .get(0).ownerId();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, second.toString(),
                Events.strongLeadFrom(second, "FR"));
        String secondOwner = Lifecycle.await(bootstrapServers, second, EventType.LEAD_ASSIGNED, LeadAssigned.class,
                1).get(0).ownerId();

        assertThat(Set.of(firstOwner, secondOwner)).containsExactlyInAnyOrder("fr-rep-1", "fr-rep-2");
    }

    @Test
    void leadWithNoRepAvailableWaitsInItsTeamQueue() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, "ES"));

        LeadAssigned queued = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED, LeadAssigned.class,
                1).get(0);
        assertThat(queued.queued()).isTrue();
        assertThat(queued.ownerId()).isNull();
        assertThat(queued.teamId()).isEqualTo("team-es");
        assertThat(queued.territory()).isEqualTo("Southern Europe");
        assertThat(queued.reason()).isEqualTo(AssignmentReason.QUEUE_NO_REP_AVAILABLE);
        UUID german = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, german.toString(),
                Events.strongLeadFrom(german, "DE"));
        assertThat(Lifecycle.await(bootstrapServers, german, EventType.LEAD_ASSIGNED, LeadAssigned.class, 1).get(0)
                .territory()).as("no territory names Germany").isNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200)
                        .body("stage", equalTo("mql"))
                        .body("assignment.queued", equalTo(true)));
    }

    @Test
    void aBurstOfMqlsIsAssignedOnceEachAndSharedEvenly() {
        Set<String> leadIds = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            UUID leadId = UUID.randomUUID();
            leadIds.add(leadId.toString());
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                    Events.strongLeadFrom(leadId, "FR"));
        }
        Predicate<ConsumerRecord<String, String>> assignmentOfTheBurst = record -> leadIds.contains(record.key())
                && EventType.LEAD_ASSIGNED.ceType().equals(TopicReader.header(record, "ce_type"));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE)) {
            reader.await(assignmentOfTheBurst, leadIds.size(), Duration.ofSeconds(30));
        }
        List<LeadAssigned> assignments;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE)) {
            assignments = reader.readFor(assignmentOfTheBurst, Duration.ofSeconds(3)).stream()
                    .map(record -> EventJson.read(record.value(), LeadAssigned.class)).toList();
        }
        assertThat(assignments).hasSize(leadIds.size());
        assertThat(assignments).extracting(assigned -> assigned.leadId().toString())
                .containsExactlyInAnyOrderElementsOf(leadIds);
        assertThat(assignments).allSatisfy(assigned -> assertThat(assigned.queued()).isFalse());
        Map<String, Long> perRep = assignments.stream()
                .collect(Collectors.groupingBy(LeadAssigned::ownerId, Collectors.counting()));
        assertThat(perRep).containsOnly(Map.entry("fr-rep-1", 20L), Map.entry("fr-rep-2", 20L));
    }

    @Test
    void twoLeadsOfOneCompanyArrivingTogetherGoToTheSameRep() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LeadCaptured firstLead = Events.strongLeadFrom(first, "FR");
        LeadCaptured secondLead = Events.strongLeadFrom(second, "FR");
        LeadCaptured colleague = new LeadCaptured(second, secondLead.capturedAt(), secondLead.person(),
                firstLead.company(), secondLead.country(), secondLead.consent(), secondLead.source(),
                secondLead.visitorId(), secondLead.duplicateOf(), secondLead.entryStage(), secondLead.ownerId(),
                secondLead.customFields());
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, first.toString(), firstLead);
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, second.toString(), colleague);

        LeadAssigned firstAssigned = Lifecycle.await(bootstrapServers, first, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 1).get(0);
        LeadAssigned secondAssigned = Lifecycle.await(bootstrapServers, second, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 1).get(0);

        assertThat(secondAssigned.ownerId()).isEqualTo(firstAssigned.ownerId());
        assertThat(Set.of(firstAssigned.reason(), secondAssigned.reason()))
                .containsExactlyInAnyOrder(AssignmentReason.ROUND_ROBIN, AssignmentReason.ACCOUNT_MATCH);
    }
}
