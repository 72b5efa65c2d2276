package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static dev.leadbridge.qualification.support.Api.awaitStage;
import static dev.leadbridge.qualification.support.Api.captureUntil;
import static dev.leadbridge.qualification.support.Api.ownerOf;
import static dev.leadbridge.qualification.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.application.ScoreMaintenance;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.IntakeKeysStandIn;
import dev.leadbridge.qualification.support.Lifecycle;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle has no dead ends: each new way out of a stage, through the REST API and announced on
 * {@code leads.lifecycle}, and a lead that is recycled, qualifies again and is routed again in a new qualification
 * cycle. The capacity rule lets stalled accepted leads stop blocking a rep.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class LifecycleWithoutDeadEndsTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "leadbridge.qualification.routing.capacity.accepted-counts-for")
    Duration acceptedCountsFor;

    @Inject
    ScoreMaintenance maintenance;

    private TopicWriter writer;

    @BeforeEach
    void frenchTeam() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aSalesAcceptedLeadCanBeDisqualifiedAndGoesBackToNurture() {
        UUID leadId = captureUntil(writer, "FR", "assigned");
        String owner = ownerOf(leadId);
        post(as(owner, "rep"), leadId, "accept", "{}").statusCode(200).body("stage", equalTo("accepted"));

        post(as(owner, "rep"), leadId, "reject", "{\"reason\": \"not_a_fit\", \"note\": \"wrong segment\"}")
                .statusCode(200).body("stage", equalTo("recycled")).body("ownerId", equalTo(null))
                .body("history.stage", hasItems("accepted", "rejected", "recycled"));

        LeadRejected rejected = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REJECTED,
                LeadRejected.class, 1).get(0);
        assertThat(rejected.ownerId()).isEqualTo(owner);
        LeadRecycled recycled = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_RECYCLED,
                LeadRecycled.class, 1).get(0);
        assertThat(recycled.reason()).isEqualTo(RecycleReason.NOT_A_FIT);
        assertThat(recycled.qualificationCycle()).isEqualTo(2);
    }

    @Test
    void aSalesAcceptedLeadCanBeClosedLostWithoutConverting() {
        UUID leadId = captureUntil(writer, "FR", "assigned");
        PersonalDataKey key = PersonalDataKey.generate();
        IntakeKeysStandIn.holds(leadId, key);
        String owner = ownerOf(leadId);
        post(as(owner, "rep"), leadId, "accept", "{}").statusCode(200);

        post(as(owner, "rep"), leadId, "close", "{\"outcome\": \"lost\", \"reason\": \"went with a rival\"}")
                .statusCode(200).body("stage", equalTo("closed_lost"));
        post(as(owner, "rep"), leadId, "close", "{\"outcome\": \"won\"}").statusCode(409);

        LeadClosed closed = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_CLOSED, LeadClosed.class, 1)
                .get(0);
        assertThat(closed.outcome()).isEqualTo(CloseOutcome.LOST);
        assertThat(closed.opportunityId()).isNull();
        assertThat(closed.reason()).as("free text, sealed under the lead's key").doesNotContain("rival");
        assertThat(key.open(leadId, closed.reason())).isEqualTo("went with a rival");
        asManager().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("sales.closeReason", equalTo("went with a rival"));
    }

    @Test
    void aManagerReassignsAcceptedAndConvertedLeadsWhichKeepTheirStage() {
        UUID leadId = captureUntil(writer, "FR", "assigned");
        String owner = ownerOf(leadId);
        String other = owner.equals("fr-rep-1") ? "fr-rep-2" : "fr-rep-1";
        post(as(owner, "rep"), leadId, "accept", "{}").statusCode(200);

        post(asManager(), leadId, "reassign", "{\"ownerId\": \"" + other + "\"}")
                .statusCode(200).body("stage", equalTo("accepted")).body("ownerId", equalTo(other))
                .body("assignment.reason", equalTo("manual")).body("assignment.teamId", equalTo("team-fr"));
        post(as(owner, "rep"), leadId, "convert", "{\"opportunityId\": \"OPP-9\"}").statusCode(403);
        post(as(other, "rep"), leadId, "convert", "{\"opportunityId\": \"OPP-9\"}")
                .statusCode(200).body("stage", equalTo("converted"));
        post(asManager(), leadId, "reassign", "{\"ownerId\": \"" + owner + "\"}")
                .statusCode(200).body("stage", equalTo("converted")).body("ownerId", equalTo(owner));

        List<LeadReassigned> reassigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REASSIGNED,
                LeadReassigned.class, 2);
        assertThat(reassigned).extracting(LeadReassigned::stage)
                .containsExactly(LifecycleStage.ACCEPTED, LifecycleStage.CONVERTED);
        assertThat(reassigned).extracting(LeadReassigned::actorId).containsOnly("manager-1");
        assertThat(reassigned.get(0).teamId()).isEqualTo("team-fr");
    }

    @Test
    void aManagerHandsAQueuedMqlToARep() {
        UUID leadId = captureUntil(writer, "ES", "mql"); // team-es has nobody: the lead waits in its queue
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asManager().when()
                .get("/api/v1/leads/{id}", leadId).then().body("assignment.queued", equalTo(true)));

        post(as("fr-rep-1", "rep"), leadId, "reassign", "{\"ownerId\": \"fr-rep-1\"}").statusCode(403);
        post(asManager(), leadId, "reassign", "{\"ownerId\": \"fr-rep-2\"}")
                .statusCode(200).body("stage", equalTo("assigned")).body("ownerId", equalTo("fr-rep-2"))
                .body("assignment.reason", equalTo("manual"));

        List<LeadAssigned> assigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 2);
        assertThat(assigned.get(0).queued()).isTrue();
        assertThat(assigned.get(1)).extracting(LeadAssigned::ownerId, LeadAssigned::queued, LeadAssigned::reason,
                LeadAssigned::qualificationCycle).containsExactly("fr-rep-2", false, AssignmentReason.MANUAL, 1);
        post(as("fr-rep-2", "rep"), leadId, "accept", "{}").statusCode(200);
    }

    @Test
    void aRecycledLeadQualifiesAndIsRoutedAgainInANewCycle() {
        UUID leadId = captureUntil(writer, "FR", "assigned");
        String owner = ownerOf(leadId);
        post(as(owner, "rep"), leadId, "reject", "{\"reason\": \"not_ready\"}").statusCode(200)
                .body("stage", equalTo("recycled"));

        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.DEMO_REQUEST, Events.now()));
        awaitStage(leadId, "assigned");

        List<LeadMql> mqls = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 2);
        assertThat(mqls).extracting(LeadMql::qualificationCycle).containsExactly(1, 2);
        assertThat(mqls.get(1).reason()).isEqualTo(MqlReason.HAND_RAISER);
        List<LeadAssigned> assigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 2);
        assertThat(assigned).extracting(LeadAssigned::qualificationCycle).containsExactly(1, 2);
        assertThat(asManager().when().get("/api/v1/leads/{id}", leadId).then().extract()
                .<List<String>>path("history.stage"))
                .containsSubsequence("assigned", "rejected", "recycled", "scored", "mql", "assigned");
    }

    /**
     * A rep with room for one lead: while the lead they accepted is young it counts, so the next lead waits in the
     * queue; once the acceptance is older than the configured period the queue sweep gives the rep the next lead.
     */
    @Test
    void stalledAcceptedLeadsStopBlockingNewAssignments() throws Throwable {
        String admin = TestTokens.token("admin-1", "admin");
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("[" + RoutingSetup.rep("cap-rep", "team-fr", 1, 1) + "]")
                .when().put("/api/v1/reps").then().statusCode(200);
        UUID first = captureUntil(writer, "FR", "assigned");
        assertThat(ownerOf(first)).isEqualTo("cap-rep");
        post(as("cap-rep", "rep"), first, "accept", "{}").statusCode(200);

        UUID second = captureUntil(writer, "FR", "mql");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asManager().when()
                .get("/api/v1/leads/{id}", second).then().body("assignment.queued", equalTo(true)));
        VertxContextSupport.subscribeAndAwait(maintenance::drainQueue);
        assertThat(ownerOf(second)).as("the young accepted lead still counts").isNull();

        await().pollDelay(acceptedCountsFor).atMost(acceptedCountsFor.plusSeconds(20)).untilAsserted(() -> {
            VertxContextSupport.subscribeAndAwait(maintenance::drainQueue);
            assertThat(ownerOf(second)).isEqualTo("cap-rep");
        });
    }
}
