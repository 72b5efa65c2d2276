package dev.leadbridge.qualification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import dev.leadbridge.qualification.support.RoutingSetup;
import dev.leadbridge.qualification.support.ScoringModelDrafts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The background sweeps, run as of chosen instants (their schedule is off in tests): a quiet lead decays, a queued
 * hand-raiser whose demo request aged out goes back to nurture, a published model reaches leads scored before it,
 * and a queued MQL goes to a rep who became available.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class ScoreMaintenanceTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ScoreMaintenance maintenance;

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
    void quietLeadDriftsDownWithoutNewEventsAndOnlyOnce() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), Events.weakLead(leadId, null));
        awaitStage(leadId, "scored");
        Instant engagedAt = Events.now();
        for (TouchpointType type : List.of(TouchpointType.EMAIL_CLICK, TouchpointType.PRICING_PAGE_VIEW,
                TouchpointType.CONTENT_DOWNLOAD)) {
            Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                    Events.touchpoint(UUID.randomUUID(), leadId, null, type, engagedAt));
        }
        // 1 + 3 + 10 + 10 engagement points, fresh
        await().atMost(Duration.ofSeconds(20)).until(() -> lead(leadId).getInt("score.engagement") == 23);
        int engagedTotal = lead(leadId).getInt("score.total");

        Instant fourWeeksLater = engagedAt.plus(Duration.ofDays(28));
        assertThat(run(() -> maintenance.rescoreQuiet(fourWeeksLater))).isPositive();

        List<LeadScored> scored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class,
                5);
        LeadScored decayed = scored.get(4);
        assertThat(decayed.previousTotal()).isEqualTo(engagedTotal);
        // two half-lives of the 14-day click and pricing view, one of the 30-day download, rounded per line
        assertThat(decayed.score().engagement()).isLessThan(23).isGreaterThan(0);
        assertThat(decayed.score().total()).isEqualTo(engagedTotal - (23 - decayed.score().engagement()));
        assertThat(lead(leadId).getInt("score.total")).isEqualTo(decayed.score().total());

        run(() -> maintenance.rescoreQuiet(fourWeeksLater));
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class,
                Duration.ofSeconds(2))).hasSize(5);
    }

    @Test
    void queuedHandRaiserWhoseDemoRequestAgedOutGoesBackToNurture() {
        UUID leadId = UUID.randomUUID();
        // a weak lead from GB: routed to the default team, which has no reps, so it waits in the queue
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), Events.weakLead(leadId, null));
        awaitStage(leadId, "scored");
        Instant demoAt = Events.now();
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.DEMO_REQUEST, demoAt));
        LeadAssigned queued = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED, LeadAssigned.class,
                1).get(0);
        assertThat(queued.queued()).isTrue();

        // still inside the 30-day hand-raiser window: it stays queued
        run(() -> maintenance.rescoreQuiet(demoAt.plus(Duration.ofDays(29))));
        assertThat(lead(leadId).getString("stage")).isEqualTo("mql");

        run(() -> maintenance.rescoreQuiet(demoAt.plus(Duration.ofDays(31))));
        LeadRecycled recycled = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_RECYCLED,
                LeadRecycled.class, 1).get(0);
        assertThat(recycled.reason()).isEqualTo(RecycleReason.DECAYED);
        JsonPath lead = lead(leadId);
        assertThat(lead.getString("stage")).isEqualTo("recycled");
        assertThat(lead.getList("history.stage", String.class)).containsExactly("captured", "scored", "mql",
                "recycled");
    }

    @Test
    void publishedModelReachesLeadsScoredUnderTheOldOne() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), Events.weakLead(leadId, null));
        LeadScored first = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);

        // the model in use sent again would publish nothing
        Map<String, Object> model = ScoringModelDrafts.withHarmlessRule(ScoringModelDrafts.inUse());
        int published = given().auth().oauth2(TestTokens.token("marketing-1", "marketing"))
                .contentType(ContentType.JSON).body(model)
                .when().put("/api/v1/scoring-model").then().statusCode(200).extract().path("version");
        assertThat(published).isGreaterThan(first.modelVersion());

        assertThat(run(() -> maintenance.refreshModel(Instant.now()))).isPositive();
        LeadScored rescored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 2)
                .get(1);
        assertThat(rescored.modelVersion()).isEqualTo(published);
        assertThat(rescored.previousTotal()).isEqualTo(first.score().total());
        assertThat(lead(leadId).getInt("score.modelVersion")).isEqualTo(published);
        assertThat(run(() -> maintenance.refreshModel(Instant.now()))).isZero();
    }

    @Test
    void queuedMqlGoesToARepWhoJoinedItsTeamOnce() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, "ES"));
        assertThat(Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED, LeadAssigned.class, 1)
                .get(0).queued()).isTrue();
        awaitStage(leadId, "mql");

        String reps = "[" + RoutingSetup.rep("fr-rep-1", "team-fr", 1, 1000) + ","
                + RoutingSetup.rep("es-rep-1", "team-es", 1, 1000) + "]";
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON).body(reps)
                .when().put("/api/v1/reps").then().statusCode(200);
        assertThat(run(maintenance::drainQueue)).isPositive();

        List<LeadAssigned> assignments = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 2);
        LeadAssigned assigned = assignments.get(1);
        assertThat(assigned.queued()).isFalse();
        assertThat(assigned.ownerId()).isEqualTo("es-rep-1");
        assertThat(assigned.teamId()).isEqualTo("team-es");
        assertThat(assigned.mqlReason()).isEqualTo(MqlReason.SCORE_THRESHOLD);
        assertThat(lead(leadId).getString("stage")).isEqualTo("assigned");

        run(maintenance::drainQueue);
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_ASSIGNED, LeadAssigned.class,
                Duration.ofSeconds(2))).hasSize(2);
    }

    private static <T> T run(Supplier<Uni<T>> sweep) {
        try {
            return VertxContextSupport.subscribeAndAwait(sweep);
        } catch (Throwable failure) {
            throw new AssertionError("sweep failed", failure);
        }
    }

    private static void awaitStage(UUID leadId, String stage) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200).body("stage", equalTo(stage)));
    }

    private static JsonPath lead(UUID leadId) {
        return given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/leads/{id}", leadId).then().statusCode(200).extract().jsonPath();
    }
}
