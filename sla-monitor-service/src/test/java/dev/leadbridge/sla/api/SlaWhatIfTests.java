package dev.leadbridge.sla.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.WriteCounts;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An SLA what-if replays the clocks of a past day, started by real lifecycle events, under a draft policy set and
 * writes nothing: not a row, not a record; the same question gives the same answer, asked twice in a row or at once.
 * The day is in 2018, which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class SlaWhatIfTests {

    private static final String PATH = "/api/v1/sla/what-if";
    private static final Instant MONDAY = Instant.parse("2018-06-04T10:00:00Z");
    private static final String DAY = "\"from\": \"2018-06-04T00:00:00Z\", \"to\": \"2018-06-05T00:00:00Z\"";
    /** Half an hour for every lead, ten minutes for grade A ones, in wall time. */
    private static final String STRICTER = """
            {"policies": [
              {"id": "half-hour", "grades": [], "channels": [], "mqlReasons": [], "acceptWithin": "PT30M",
               "mode": "wall", "warnAtFraction": 0.5, "escalationSteps": []},
              {"id": "fast-a", "grades": ["A"], "channels": [], "mqlReasons": [], "acceptWithin": "PT10M",
               "mode": "wall", "warnAtFraction": 0.5, "escalationSteps": []}
            ]}""";

    @Inject
    SlaProbe probe;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private LifecycleEvents events;

    @BeforeEach
    void setUp() {
        TestPolicies.install();
        events = new LifecycleEvents(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aStricterDraftIsReplayedOnADaysRealClocksWithoutWritingAnything() {
        UUID metThen = UUID.randomUUID();
        UUID lateAnyway = UUID.randomUUID();
        UUID gradeA = UUID.randomUUID();
        UUID handedOver = UUID.randomUUID();
        UUID neverDecided = UUID.randomUUID();
        events.assign(metThen, "rep-1", MONDAY);
        events.accept(metThen, "rep-1", MONDAY.plus(Duration.ofMinutes(45)));
        events.assign(lateAnyway, "rep-1", MONDAY);
        events.accept(lateAnyway, "rep-1", MONDAY.plus(Duration.ofMinutes(90)));
        events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, gradeA),
                LifecycleEvents.assigned(gradeA, "rep-2", Grade.A, MONDAY));
        events.accept(gradeA, "rep-2", MONDAY.plus(Duration.ofMinutes(20)));
        events.assign(handedOver, "rep-1", MONDAY);
        events.reassign(handedOver, "rep-1", "rep-2", MONDAY.plus(Duration.ofMinutes(5)));
        events.accept(handedOver, "rep-2", MONDAY.plus(Duration.ofMinutes(15)));
        events.assign(neverDecided, "rep-3", MONDAY);
        List<UUID> leads = List.of(metThen, lateAnyway, gradeA, handedOver, neverDecided);
        await().atMost(SlaProbe.WAIT).until(() -> probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = ANY($1)"
                + " AND state <> 'OPEN'", leads) == 5 && probe.count("SELECT count(*) FROM sla_clock "
                + "WHERE lead_id = ANY($1) AND state = 'OPEN'", leads) == 1);
        WriteCounts.Snapshot before = settled();

        String request = "{\"policies\": " + STRICTER + ", " + DAY + "}";
        Object answer = given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .contentType(ContentType.JSON).body(request)
                .when().post(PATH)
                .then().statusCode(200)
                .body("report.clocks", equalTo(6))
                .body("report.notJudged", equalTo(1))
                .body("report.metThen", equalTo(3))
                .body("report.breachedThen", equalTo(2))
                .body("report.metDraft", equalTo(1))
                .body("report.breachedDraft", equalTo(4))
                .body("report.metToBreached", equalTo(2))
                .body("report.breachedToMet", equalTo(0))
                .body("report.policies.find { it.policyId == 'fast-a' }.breachedDraft", equalTo(1))
                .body("report.policies.find { it.policyId == 'test-grade-a' }.metThen", equalTo(1))
                .body("report.policies.find { it.policyId == 'half-hour' }.clocksDraft", equalTo(4))
                .body("report.flipExamples.leadId", containsInAnyOrder(metThen.toString(), gradeA.toString()))
                .body("truncated", equalTo(false))
                .extract().path("report");

        assertThat(whatIf(request)).as("asked again").isEqualTo(answer);
        CompletableFuture<Object> once = CompletableFuture.supplyAsync(() -> whatIf(request));
        CompletableFuture<Object> twice = CompletableFuture.supplyAsync(() -> whatIf(request));
        assertThat(List.of(once.join(), twice.join())).as("asked twice at once").containsOnly(answer);
        // anything a what-if published would be on the topics by now
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(WriteCounts.snapshot(bootstrapServers)).isEqualTo(before));
    }

    @Test
    void complianceIsReportedPerPolicyAndTheVersionOfThePolicySetThatStartedTheClock() {
        UUID lead = UUID.randomUUID();
        Instant tuesday = MONDAY.plus(Duration.ofDays(8));
        events.assign(lead, "rep-1", tuesday);
        events.accept(lead, "rep-1", tuesday.plus(Duration.ofMinutes(5)));
        await().atMost(SlaProbe.WAIT).until(() -> probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1"
                + " AND state = 'STOPPED'", lead) == 1);
        long version = probe.count("SELECT policy_version FROM sla_clock WHERE lead_id = $1", lead);

        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/sla/compliance?from=2018-06-12T00:00:00Z&to=2018-06-13T00:00:00Z"
                        + "&groupBy=policy")
                .then().statusCode(200)
                .body("groupBy", equalTo("policy"))
                .body("groups.group", hasItem("test-default@" + version))
                .body("groups.find { it.group == 'test-default@%d' }.met".formatted(version), equalTo(1));
    }

    @Test
    void aBadDraftAndABackwardPeriodAreProblemsAndStrangersAreRefused() {
        String request = "{\"policies\": " + STRICTER + ", " + DAY + "}";
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body(request.replace("\"PT30M\"", "\"-PT1M\"")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body("{\"policies\": " + STRICTER + ", \"from\": \"2018-06-05T00:00:00Z\", "
                        + "\"to\": \"2018-06-04T00:00:00Z\"}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body("{" + DAY + "}").when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.JSON).body(request).when().post(PATH).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("mkt-1", "marketing")).contentType(ContentType.JSON).body(request)
                .when().post(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).contentType(ContentType.JSON).body(request)
                .when().post(PATH).then().statusCode(403);
    }

    /** The report: the same whenever asked, while {@code asOf} (the instant of asking) moves on. */
    private static Object whatIf(String request) {
        return given().auth().oauth2(TestTokens.token("manager-1", "manager")).contentType(ContentType.JSON)
                .body(request).when().post(PATH).then().statusCode(200).extract().path("report");
    }

    /**
     * Tables and topics once the service has stopped writing: timers of the day's clocks fell due long ago and fire at
     * once, and their alerts leave through the outbox.
     */
    private WriteCounts.Snapshot settled() {
        AtomicReference<WriteCounts.Snapshot> last = new AtomicReference<>();
        await().atMost(SlaProbe.WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            WriteCounts.Snapshot now = WriteCounts.snapshot(bootstrapServers);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }
}
