package dev.leadbridge.sla.api;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import dev.leadbridge.sla.application.PersonErasures;
import dev.leadbridge.sla.application.TimerWorker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pause and resume of a lead's acceptance clock over REST, against the real broker and database; the test policy is
 * wall time (accept within an hour, warn at 30 minutes, escalate 10 and 20 minutes past due) and the service's clock
 * is moved, not waited for.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class SlaClockResourceTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = TestTokens.token("manager-1", "manager");

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @Inject
    SlaProbe probe;

    @Inject
    TimerWorker worker;

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

    /** A manager reads, lists and pauses the clocks of the teams their token names; another team's are refused. */
    @Test
    void aManagerSeesAndPausesOnlyTheClocksOfTheirTeams() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "rep-1", now()); // team-1
        probe.awaitOpenClock(leadId);
        String teamOneManager = TestTokens.managerOf("boss-1", "team-1");
        String teamTwoManager = TestTokens.managerOf("boss-2", "team-2");

        given().auth().oauth2(teamOneManager).when().get("/api/v1/sla/timers/{leadId}", leadId)
                .then().statusCode(200);
        given().auth().oauth2(teamTwoManager).when().get("/api/v1/sla/timers/{leadId}", leadId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(teamTwoManager).contentType("application/json").body("{\"reason\": \"mine now\"}")
                .when().post("/api/v1/sla/timers/{leadId}/pause", leadId).then().statusCode(403);
        given().auth().oauth2(teamTwoManager).queryParam("limit", 5000).when().get("/api/v1/sla/timers")
                .then().statusCode(200).body("leadId", not(hasItem(leadId.toString())));
        given().auth().oauth2(teamOneManager).queryParam("limit", 5000).when().get("/api/v1/sla/timers")
                .then().statusCode(200).body("leadId", hasItem(leadId.toString()));
        assertThat(probe.count("SELECT count(*) FROM sla_clock_pause p JOIN sla_clock c ON c.id = p.clock_id "
                + "WHERE c.lead_id = $1", leadId)).isZero();
    }

    /** A lead captured but never routed has no team: a manager of some teams is refused it, not answered a 500. */
    @Test
    void aManagerOfSomeTeamsIsRefusedTheClocksOfALeadWithNoTeamYet() {
        UUID leadId = UUID.randomUUID();
        events.capture(leadId, now());
        await().atMost(SlaProbe.WAIT).until(() -> probe.count(
                "SELECT count(*) FROM sla_lead_latency WHERE lead_id = $1", leadId) == 1);

        given().auth().oauth2(TestTokens.managerOf("boss-1", "team-1"))
                .when().get("/api/v1/sla/timers/{leadId}", leadId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/timers/{leadId}", leadId).then().statusCode(200);
    }

    @Test
    void pausedClockFiresNothingAndResumingMovesItsDueTimesByThePause() throws Throwable {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);
        clock.advance(Duration.ofMinutes(10));

        pause(leadId, "contact travelling until Monday").statusCode(200)
                .body("humanResponse.paused", equalTo(true))
                .body("humanResponse.pauses[0].reason", equalTo("contact travelling until Monday"))
                .body("humanResponse.pauses[0].pausedBy", equalTo("manager-1"));

        // far past the original warning, due and escalation instants: every timer is held, none fires
        clock.advance(Duration.ofHours(2));
        fireAllDue();
        assertThat(probe.count("""
                SELECT count(*) FROM sla_timer WHERE lead_id = $1 AND paused_at IS NOT NULL
                  AND fired_at IS NULL AND cancelled_at IS NULL""", leadId)).isEqualTo(4);
        assertThat(probe.alertsInOutbox(leadId)).isZero();
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/timers?state=open&limit=5000")
                .then().statusCode(200)
                .body("find { it.leadId == '%s' }.paused".formatted(leadId), equalTo(true))
                .body("find { it.leadId == '%s' }.nextAlertAt".formatted(leadId), equalTo(null));

        JsonPath resumed = resume(leadId).statusCode(200)
                .body("humanResponse.paused", equalTo(false))
                .extract().jsonPath();
        Duration paused = Duration.between(Instant.parse(resumed.getString("humanResponse.pauses[0].pausedAt")),
                Instant.parse(resumed.getString("humanResponse.pauses[0].resumedAt")));
        assertThat(paused).isGreaterThanOrEqualTo(Duration.ofHours(2));
        Instant dueAt = assignedAt.plus(Duration.ofHours(1)).plus(paused);
        assertThat(Instant.parse(resumed.getString("humanResponse.dueAt"))).isEqualTo(dueAt);
        assertThat(Instant.parse(resumed.getString("humanResponse.warnAt")))
                .isEqualTo(assignedAt.plus(Duration.ofMinutes(30)).plus(paused));
        assertThat(probe.count("""
                SELECT count(*) FROM sla_timer WHERE lead_id = $1 AND paused_at IS NULL AND fired_at IS NULL
                  AND cancelled_at IS NULL AND due_at > $2""", leadId, dueAt.minus(Duration.ofMinutes(31))))
                .isEqualTo(4);

        // 10 minutes of clock time were used before the pause: the warning comes 20 minutes after resuming
        clock.advance(Duration.ofMinutes(21));
        ConsumerRecord<String, String> warning = probe.alerts(leadId, 1).get(0);
        assertThat(header(warning, "ce_type")).isEqualTo(EventType.SLA_WARNING.ceType());
        assertThat(Instant.parse(JSON.readTree(warning.value()).get("dueAt").asText())).isEqualTo(dueAt);
    }

    /** Each state of a clock reaches sla.clocks once, with the due time a reader sorts a rep's inbox by. */
    @Test
    void everyStateOfTheClockIsAnnouncedWithItsDueTime() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        SlaClock started = probe.clockStates(leadId, 1).get(0);
        assertThat(started.state()).isEqualTo(SlaClockState.RUNNING);
        assertThat(started.ownerId()).isEqualTo("rep-1");
        assertThat(started.startedAt()).isEqualTo(assignedAt);
        assertThat(started.dueAt()).isEqualTo(assignedAt.plus(Duration.ofHours(1)));
        assertThat(started.changedAt()).isEqualTo(assignedAt);

        clock.advance(Duration.ofMinutes(10));
        pause(leadId, "contact travelling").statusCode(200);
        clock.advance(Duration.ofMinutes(45));
        resume(leadId).statusCode(200);
        List<SlaClock> states = probe.clockStates(leadId, 3);
        assertThat(states.get(1).state()).isEqualTo(SlaClockState.PAUSED);
        assertThat(states.get(1).dueAt()).as("as scheduled before the pause").isEqualTo(started.dueAt());
        assertThat(states.get(2).state()).isEqualTo(SlaClockState.RUNNING);
        assertThat(states.get(2).dueAt()).as("moved by the pause")
                .isEqualTo(started.dueAt().plus(Duration.between(states.get(1).changedAt(), states.get(2).changedAt())));

        Instant acceptedAt = now();
        events.accept(leadId, "rep-1", acceptedAt);
        SlaClock ended = probe.clockStates(leadId, 4).get(3);
        assertThat(ended.state()).isEqualTo(SlaClockState.ENDED);
        assertThat(ended.changedAt()).isEqualTo(acceptedAt);
        assertThat(ended.dueAt()).isEqualTo(states.get(2).dueAt());
        assertThat(List.of(started.clockId(), states.get(1).clockId(), states.get(2).clockId(), ended.clockId()))
                .containsOnly(started.clockId());
    }

    @Test
    void aNewOwnersClockAndARecycledLeadsEndAreAnnounced() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "rep-1", now());
        probe.awaitOpenClock(leadId);
        clock.advance(Duration.ofMinutes(5));
        Instant reassignedAt = now();
        events.reassign(leadId, "rep-1", "rep-2", reassignedAt);
        List<SlaClock> states = probe.clockStates(leadId, 2);
        assertThat(states.get(1).state()).isEqualTo(SlaClockState.RUNNING);
        assertThat(states.get(1).ownerId()).isEqualTo("rep-2");
        assertThat(states.get(1).clockId()).isNotEqualTo(states.get(0).clockId());
        assertThat(states.get(1).dueAt()).isEqualTo(reassignedAt.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(5));
        Instant recycledAt = now();
        events.recycleDecayed(leadId, recycledAt);
        SlaClock withdrawn = probe.clockStates(leadId, 3).get(2);
        assertThat(withdrawn.state()).isEqualTo(SlaClockState.ENDED);
        assertThat(withdrawn.clockId()).isEqualTo(states.get(1).clockId());
        assertThat(withdrawn.changedAt()).isEqualTo(recycledAt);
    }

    @Test
    void decisionDuringAPauseLeavesThePausedTimeOut() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);
        clock.advance(Duration.ofMinutes(20));
        pause(leadId, "waiting for legal").statusCode(200);
        clock.advance(Duration.ofHours(3));

        Instant acceptedAt = now();
        events.accept(leadId, "rep-1", acceptedAt);

        JsonNode met = JSON.readTree(probe.alerts(leadId, 1).get(0).value());
        assertThat(met.get("breached").asBoolean()).isFalse();
        assertThat(Duration.parse(met.get("elapsedWall").asText()))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
        assertThat(Instant.parse(met.get("dueAt").asText())).isAfter(acceptedAt);
        clocks(leadId).statusCode(200)
                .body("humanResponse.state", equalTo("stopped"))
                .body("humanResponse.paused", equalTo(false))
                .body("humanResponse.pauses[0].resumedBy", equalTo(null));
        resume(leadId).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:clock-not-running"));
    }

    @Test
    void pausingTwiceOrResumingARunningClockIsAConflict() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "rep-1", now());
        probe.awaitOpenClock(leadId);

        resume(leadId).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:clock-not-paused"));
        pause(leadId, "first").statusCode(200);
        pause(leadId, "second").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:clock-already-paused"));

        assertThat(probe.count("SELECT count(*) FROM sla_clock_pause WHERE lead_id = $1", leadId)).isEqualTo(1);
    }

    @Test
    void badInputIsRejectedAndChangesNothing() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "rep-1", now());
        probe.awaitOpenClock(leadId);

        pause(leadId, "   ").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        pause(leadId, "x".repeat(501)).statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(MANAGER).contentType("application/json").body("{}")
                .when().post("/api/v1/sla/timers/{leadId}/pause", leadId)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(MANAGER).contentType("application/json").body("{\"reason\": ")
                .when().post("/api/v1/sla/timers/{leadId}/pause", leadId)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("reason", "r"))
                .when().post("/api/v1/sla/timers/not-a-uuid/pause")
                .then().statusCode(400).body("errors.field", hasItem("leadId"));

        assertThat(probe.count("SELECT count(*) FROM sla_clock_pause WHERE lead_id = $1", leadId)).isZero();
        assertThat(probe.count("SELECT count(*) FROM sla_timer WHERE lead_id = $1 AND paused_at IS NOT NULL", leadId))
                .isZero();
    }

    @Test
    void unknownLeadIsNotFound() {
        UUID unknown = UUID.randomUUID();
        pause(unknown, "why not").statusCode(404).contentType("application/problem+json");
        resume(unknown).statusCode(404).contentType("application/problem+json");
        clocks(unknown).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void strangersAreRefusedAndOtherRolesForbidden() {
        UUID leadId = UUID.randomUUID();
        given().contentType("application/json").body(Map.of("reason", "r"))
                .when().post("/api/v1/sla/timers/{leadId}/pause", leadId)
                .then().statusCode(401).contentType("application/problem+json");
        given().when().post("/api/v1/sla/timers/{leadId}/resume", leadId)
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : List.of("rep", "ops", "admin", "marketing")) {
            given().auth().oauth2(TestTokens.token("someone", role))
                    .contentType("application/json").body(Map.of("reason", "r"))
                    .when().post("/api/v1/sla/timers/{leadId}/pause", leadId)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.token("someone", role))
                    .when().post("/api/v1/sla/timers/{leadId}/resume", leadId)
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).when().get("/api/v1/sla/timers/{leadId}", leadId)
                .then().statusCode(403);
    }

    @Test
    void pauseAndResumeAreDocumented() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/sla/timers/{leadId}/pause'.post.responses.'409'.description",
                        containsString("clock-already-paused"))
                .body("paths.'/api/v1/sla/timers/{leadId}/resume'.post.summary",
                        containsString("Resume"));
    }

    /** What a manager wrote about an erased person goes; the clock and its pause stay, so the figures do. */
    @Test
    void anErasedPersonsPauseReasonsAreForgottenOnce() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "rep-1", now());
        probe.awaitOpenClock(leadId);
        String reason = "Grace" + UUID.randomUUID().toString().substring(0, 8) + " is travelling";
        pause(leadId, reason).statusCode(200);
        assertThat(tracesOf(reason)).isNotEmpty();
        CloudEventAttributes erasure = CloudEvents.newAttributes(EventType.PERSON_ERASED,
                "/leadbridge/lead-intake-service", leadId.toString(), Clock.systemUTC());

        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            for (int delivery = 0; delivery < 2; delivery++) {
                writer.send(Topics.LEADS_CAPTURED, leadId.toString(), EventJson.write(new PersonErased(leadId,
                        UUID.randomUUID(), now())), CloudEvents.headersOf(erasure));
            }
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tracesOf(reason)).isEmpty());
        assertThat(database.preparedQuery("SELECT reason FROM sla_clock_pause WHERE lead_id = $1")
                .execute(Tuple.of(leadId)).await().atMost(Duration.ofSeconds(5)).iterator().next().getString(0))
                .isEqualTo(PersonErasures.ERASED);
        clocks(leadId).statusCode(200).body("humanResponse.paused", equalTo(true));
        assertThat(database.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(erasure.id())).await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0))
                .isEqualTo(1);
    }

    private List<String> tracesOf(String text) {
        return PersonalDataSearch.tablesContaining(text);
    }

    private ValidatableResponse pause(UUID leadId, String reason) {
        return given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("reason", reason))
                .when().post("/api/v1/sla/timers/{leadId}/pause", leadId).then();
    }

    private ValidatableResponse resume(UUID leadId) {
        return given().auth().oauth2(MANAGER).when().post("/api/v1/sla/timers/{leadId}/resume", leadId).then();
    }

    private ValidatableResponse clocks(UUID leadId) {
        return given().auth().oauth2(MANAGER).when().get("/api/v1/sla/timers/{leadId}", leadId).then();
    }

    private void fireAllDue() throws Throwable {
        VertxContextSupport.subscribeAndAwait(worker::fireAllDue);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
