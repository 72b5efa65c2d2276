package dev.leadbridge.qualification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
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
class ScoringFlowTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter(bootstrapServers);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void strongLeadIsScoredAndQualifiedOnCapture() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), Events.strongLead(leadId));

        LeadScored scored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);
        assertThat(scored.modelVersion()).isPositive();
        assertThat(scored.previousTotal()).isNull();
        assertThat(scored.score().grade()).isEqualTo(Grade.A);
        assertThat(scored.score().breakdown().stream().mapToInt(ScoreContribution::points).sum())
                .isEqualTo(scored.score().total());
        LeadMql mql = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 1).get(0);
        assertThat(mql.reason()).isEqualTo(MqlReason.SCORE_THRESHOLD);
        assertThat(mql.total()).isEqualTo(scored.score().total());

        JsonPath lead = awaitLead(leadId, "mql");
        assertThat(lead.getInt("score.total")).isEqualTo(scored.score().total());
        assertThat(lead.getString("score.grade")).isEqualTo("A");
        List<Integer> points = lead.getList("score.breakdown.points", Integer.class);
        assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(lead.getInt("score.total"));
        assertThat(lead.getList("score.breakdown.ruleId", String.class)).contains("title-vp", "industry-software");
        assertThat(lead.getList("history.stage", String.class)).containsExactly("captured", "scored", "mql");
    }

    /** Fit follows who the person is: a weak lead whose new details make them a fit is re-scored into an MQL. */
    @Test
    void aLaterSubmissionWithNewDetailsReScoresTheLead() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.weakLead(leadId, null));
        LeadScored first = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);
        assertThat(first.score().grade()).isEqualTo(Grade.C);

        LeadUpdated promoted = new LeadUpdated(leadId, Events.now(), List.of(
                new LeadFieldChange(LeadField.JOB_TITLE, "Engineer", "VP Marketing"),
                new LeadFieldChange(LeadField.COMPANY_SIZE, "5", "500"),
                new LeadFieldChange(LeadField.INDUSTRY, "Retail", "Software")),
                new Person("ada@engines.example", "Ada", "Lovelace", "+44 20 7946 0000", "VP Marketing"),
                new Company("Analytical Engines", "engines.example", 500, "Software"), "GB",
                new Consent(true, "news please", null), null);
        Events.publish(writer, EventType.LEAD_UPDATED, Events.INTAKE, leadId.toString(), promoted);

        LeadScored rescored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 2)
                .get(1);
        assertThat(rescored.previousTotal()).isEqualTo(first.score().total());
        assertThat(rescored.score().total()).isGreaterThan(first.score().total());
        assertThat(rescored.score().grade()).isEqualTo(Grade.A);
        assertThat(Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 1).get(0).reason())
                .isEqualTo(MqlReason.SCORE_THRESHOLD);
        JsonPath lead = given().auth().oauth2(TestTokens.token("boss", "manager"))
                .when().get("/api/v1/leads/{id}", leadId).then().statusCode(200).extract().jsonPath();
        assertThat(lead.getString("contact.jobTitle")).isEqualTo("VP Marketing");
        assertThat(lead.getString("contact.phone")).isEqualTo("+44 20 7946 0000");
        assertThat(lead.getInt("company.size")).isEqualTo(500);
        assertThat(lead.getList("score.breakdown.ruleId", String.class)).contains("title-vp", "industry-software");
    }

    /** A person who withdrew consent is not courted: a fit alone no longer makes an MQL, asking for sales does. */
    @Test
    void aPersonWhoWithdrewConsentIsAnMqlOnlyByRaisingTheirHand() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.weakLead(leadId, null));
        Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1);

        LeadUpdated withdrawnAndPromoted = new LeadUpdated(leadId, Events.now(), List.of(
                new LeadFieldChange(LeadField.JOB_TITLE, "Engineer", "VP Marketing"),
                new LeadFieldChange(LeadField.COMPANY_SIZE, "5", "500"),
                new LeadFieldChange(LeadField.INDUSTRY, "Retail", "Software"),
                new LeadFieldChange(LeadField.MARKETING_OPT_IN, "true", "false")),
                new Person("ada@engines.example", "Ada", "Lovelace", null, "VP Marketing"),
                new Company("Analytical Engines", "engines.example", 500, "Software"), "GB",
                new Consent(false, "news please", null), null);
        Events.publish(writer, EventType.LEAD_UPDATED, Events.INTAKE, leadId.toString(), withdrawnAndPromoted);

        LeadScored rescored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 2)
                .get(1);
        assertThat(rescored.score().breakdown()).extracting(ScoreContribution::ruleId)
                .contains("title-vp", "negative-unsubscribed");
        assertThat(rescored.score().grade()).as("a fit by who they are").isIn(Grade.A, Grade.B);
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class,
                Duration.ofSeconds(3))).as("not an MQL on score alone").isEmpty();

        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.DEMO_REQUEST, Events.now()));
        assertThat(Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 1).get(0).reason())
                .isEqualTo(MqlReason.HAND_RAISER);
    }

    @Test
    void anUpdateOfALeadNeverCapturedHereGoesToTheDeadLetterTopic() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_UPDATED, Events.INTAKE, leadId.toString(), new LeadUpdated(leadId,
                Events.now(), List.of(new LeadFieldChange(LeadField.FIRST_NAME, null, "Ada")),
                new Person("ada@engines.example", "Ada", null, null, null), null, null,
                new Consent(false, null, null), null));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED_DLQ)) {
            assertThat(dlq.await(r -> leadId.toString().equals(r.key()), 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void demoRequestMakesAWeakLeadAHandRaiserOnce() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.weakLead(leadId, null));
        LeadScored first = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);
        assertThat(first.score().grade()).isEqualTo(Grade.C);
        awaitLead(leadId, "scored");

        UUID demo = UUID.randomUUID();
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(demo, leadId, null, TouchpointType.DEMO_REQUEST, Events.now()));
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.PAGE_VIEW, Events.now()));

        LeadMql mql = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class, 1).get(0);
        assertThat(mql.reason()).isEqualTo(MqlReason.HAND_RAISER);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(awaitLead(leadId, "mql").getList("score.breakdown.touchpointId", String.class))
                        .contains(demo.toString()));
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void anonymousTouchpointsCountOnceTheVisitorIsCapturedAndStitchedRedeliveryChangesNothing() {
        UUID leadId = UUID.randomUUID();
        String visitor = "visitor-" + UUID.randomUUID();
        UUID download = UUID.randomUUID();
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, visitor,
                Events.touchpoint(download, null, visitor, TouchpointType.CONTENT_DOWNLOAD, Events.now()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("SELECT count(*) FROM touchpoint WHERE touchpoint_id = $1", download) == 1);

        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.weakLead(leadId, visitor));
        LeadScored scored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                .get(0);
        assertThat(scored.score().breakdown()).anySatisfy(line -> {
            assertThat(line.ruleId()).isEqualTo("engagement-content-download");
            assertThat(line.touchpointId()).isEqualTo(download);
        });

        // intake stitched the visitor and sends the touchpoint again, now with the lead id, under a new event id
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(download, leadId, visitor, TouchpointType.CONTENT_DOWNLOAD, Events.now()));
        UUID marker = UUID.randomUUID();
        Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                Events.touchpoint(marker, leadId, null, TouchpointType.EMAIL_OPEN, Events.now()));

        Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 2);
        List<LeadScored> all = Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class,
                Duration.ofSeconds(3));
        assertThat(all).hasSize(2);
        assertThat(all.get(1).previousTotal()).isEqualTo(scored.score().total());
        assertThat(all.get(1).score().total()).isEqualTo(scored.score().total() + 1);
        assertThat(count("SELECT count(*) FROM touchpoint WHERE touchpoint_id = $1", download)).isEqualTo(1);
    }

    @Test
    void redeliveredTouchpointChangesNothing() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.weakLead(leadId, null));
        Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1);
        var event = Events.newEvent(EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString());
        var touchpoint = Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.WEBINAR_ATTENDED,
                Events.now());
        for (int delivery = 0; delivery < 3; delivery++) {
            Events.publish(writer, event, touchpoint);
        }

        List<LeadScored> scored = Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_SCORED,
                LeadScored.class, Duration.ofSeconds(5));
        assertThat(scored).hasSize(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", event.id())).isEqualTo(1);
    }

    @Test
    void leadEnteringLateKeepsItsStageAndIsScored() {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.lead(leadId, "VP Marketing", 500, "Software", null, LifecycleStage.ACCEPTED, "rep-9"));

        Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1);
        JsonPath lead = awaitLead(leadId, "accepted");
        assertThat(lead.getString("ownerId")).isEqualTo("rep-9");
        assertThat(lead.getString("score.grade")).isEqualTo("A");
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class,
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void poisonTouchpointGoesToDeadLetterTopic() {
        UUID leadId = UUID.randomUUID();
        writer.send(Topics.LEADS_TOUCHPOINTS, leadId.toString(), "{\"leadId\": \"" + leadId + "\"}",
                CloudEvents.headersOf(Events.newEvent(EventType.TOUCHPOINT_RECORDED, Events.INTAKE,
                        leadId.toString())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.LEADS_TOUCHPOINTS_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> leadId.toString().equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isNotBlank();
        }
    }

    private JsonPath awaitLead(UUID leadId, String stage) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> found[0] =
                given().auth().oauth2(TestTokens.token("marketing-1", "marketing"))
                        .when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200)
                        .body("stage", equalTo(stage))
                        .body("score", notNullValue())
                        .extract().jsonPath());
        return found[0];
    }


    private long count(String sql, UUID id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
