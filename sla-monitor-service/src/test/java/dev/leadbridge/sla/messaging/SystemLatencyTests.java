package dev.leadbridge.sla.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
 * The two clocks per lead: system latency (captured to first assigned) from {@code leads.captured} and
 * {@code leads.lifecycle}, which arrive in no guaranteed order, and human response from the acceptance clock.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class SystemLatencyTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OPS = TestTokens.token("ops-1", "ops");

    @Inject
    MovableClock clock;

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
    void captureArrivingAfterTheAssignmentStillGivesTheSystemLatency() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        await().atMost(WAIT).untilAsserted(() -> clocks(leadId).body("humanResponse.state", equalTo("open"))
                .body("systemLatency.latency", equalTo(null)));

        events.capture(leadId, assignedAt.minusSeconds(90));

        await().atMost(WAIT).untilAsserted(() -> clocks(leadId)
                .body("systemLatency.latency", equalTo("PT1M30S"))
                .body("systemLatency.capturedAt", equalTo(assignedAt.minusSeconds(90).toString()))
                .body("systemLatency.assignedAt", equalTo(assignedAt.toString())));
        given().auth().oauth2(OPS).when().get("/api/v1/sla/timers?state=open&limit=5000")
                .then().statusCode(200)
                .body("find { it.leadId == '%s' }.systemLatency".formatted(leadId), equalTo("PT1M30S"));
    }

    @Test
    void captureBeforeTheAssignmentGivesTheSameFigures() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.capture(leadId, assignedAt.minusSeconds(90));
        await().atMost(WAIT).untilAsserted(() -> clocks(leadId)
                .body("systemLatency.capturedAt", equalTo(assignedAt.minusSeconds(90).toString()))
                .body("humanResponse", equalTo(null)));

        events.assign(leadId, "rep-1", assignedAt);

        await().atMost(WAIT).untilAsserted(() -> clocks(leadId)
                .body("systemLatency.latency", equalTo("PT1M30S"))
                .body("humanResponse.ownerId", equalTo("rep-1")));
    }

    @Test
    void humanResponseIsReportedBesideTheSystemLatency() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.capture(leadId, assignedAt.minusSeconds(5));
        events.assign(leadId, "rep-1", assignedAt);
        events.accept(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(7)));

        await().atMost(WAIT).untilAsserted(() -> clocks(leadId)
                .body("systemLatency.latency", equalTo("PT5S"))
                .body("humanResponse.state", equalTo("stopped"))
                .body("humanResponse.outcome", equalTo("accepted"))
                .body("humanResponse.elapsedWall", equalTo("PT7M"))
                .body("humanResponse.breached", equalTo(false)));
    }

    @Test
    void redeliveredAndRepeatedCapturesChangeNothing() {
        UUID leadId = UUID.randomUUID();
        Instant capturedAt = now();
        CloudEventAttributes captured = CloudEvents.newAttributes(EventType.LEAD_CAPTURED,
                "/leadbridge/lead-intake-service", leadId.toString(), Clock.systemUTC());
        for (int delivery = 0; delivery < 3; delivery++) {
            events.sendTo(Topics.LEADS_CAPTURED, captured, LifecycleEvents.captured(leadId, capturedAt));
        }
        // the same lead announced again later (a replay under a new event id) keeps the first capture
        events.capture(leadId, capturedAt.plusSeconds(60));
        events.assign(leadId, "rep-1", capturedAt.plusSeconds(120));

        await().atMost(WAIT).untilAsserted(() -> clocks(leadId).body("systemLatency.latency", equalTo("PT2M")));
        assertThat(probe.count(
                "SELECT count(*) FROM processed_event WHERE consumer = 'sla.leads-captured' AND event_id = $1",
                captured.id())).isEqualTo(1);
        assertThat(probe.count("SELECT count(*) FROM sla_lead_latency WHERE lead_id = $1", leadId)).isEqualTo(1);
    }

    @Test
    void complianceGivesMedianAndP90SystemLatencyPerTeam() {
        String team = "team-" + UUID.randomUUID();
        Instant assignedAt = Instant.parse("2022-03-01T10:00:00Z");
        long[] latencySeconds = {10, 20, 30, 40, 100};
        for (long seconds : latencySeconds) {
            UUID leadId = UUID.randomUUID();
            events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, leadId), new LeadAssigned(leadId, "rep-9",
                    team, false, null, AssignmentReason.ROUND_ROBIN, Grade.B, Channel.EVENT,
                    MqlReason.SCORE_THRESHOLD, assignedAt));
            events.capture(leadId, assignedAt.minusSeconds(seconds));
        }
        await().atMost(WAIT).until(() -> probe.count("""
                SELECT count(*) FROM sla_lead_latency WHERE team_id = $1 AND captured_at IS NOT NULL""", team) == 5);

        JsonPath compliance = given().auth().oauth2(TestTokens.token("mkt-1", "marketing"))
                .when().get("/api/v1/sla/compliance?from=2022-03-01T00:00:00Z&to=2022-03-02T00:00:00Z&groupBy=team")
                .then().statusCode(200).extract().jsonPath();
        String group = "groups.find { it.group == '%s' }".formatted(team);
        assertThat(compliance.getInt(group + ".assignedLeads")).isEqualTo(5);
        assertThat(compliance.getString(group + ".medianSystemLatency")).isEqualTo("PT30S");
        // percentile_cont: 40 + 0.6 * (100 - 40)
        assertThat(compliance.getString(group + ".p90SystemLatency")).isEqualTo("PT1M16S");
    }

    @Test
    void unreadableCaptureGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        CloudEventAttributes event = CloudEvents.newAttributes(EventType.LEAD_CAPTURED,
                "/leadbridge/lead-intake-service", key, Clock.systemUTC());
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.send(Topics.LEADS_CAPTURED, key, "{\"leadId\": \"not a uuid\"}", CloudEvents.headersOf(event));
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED_DLQ)) {
            List<ConsumerRecord<String, String>> dead = reader.await(r -> key.equals(r.key()), 1, WAIT);
            assertThat(dead).hasSize(1);
        }
    }

    private io.restassured.response.ValidatableResponse clocks(UUID leadId) {
        return given().auth().oauth2(OPS).when().get("/api/v1/sla/timers/{leadId}", leadId).then().statusCode(200);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
