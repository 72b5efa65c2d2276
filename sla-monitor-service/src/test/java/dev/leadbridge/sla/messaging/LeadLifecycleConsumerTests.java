package dev.leadbridge.sla.messaging;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
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
 * Lifecycle events in, alerts out, against the real broker and database; the test policy is wall time (accept within
 * an hour, warn at 30 minutes, escalate 10 and 20 minutes past due) and the service's clock is moved, not waited for.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class LeadLifecycleConsumerTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool database;

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
    void unacceptedLeadIsWarnedThenBreachedThenEscalated() throws Exception {
        int policies = Integer.parseInt(given().auth().oauth2(TestTokens.token("admin-1", "admin"))
                .when().get("/api/v1/sla/policies").then().statusCode(200).extract().header("ETag")
                .replace("\"", ""));
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);

        clock.advance(Duration.ofMinutes(31));
        List<ConsumerRecord<String, String>> warning = probe.alerts(leadId, 1);
        assertValid(warning.get(0), EventType.SLA_WARNING);
        JsonNode warned = JSON.readTree(warning.get(0).value());
        assertThat(warned.get("ownerId").asText()).isEqualTo("rep-1");
        assertThat(warned.get("policyId").asText()).isEqualTo("test-default");
        assertThat(Instant.parse(warned.get("dueAt").asText())).isEqualTo(assignedAt.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(60));
        List<ConsumerRecord<String, String>> all = probe.alerts(leadId, 4);
        assertThat(all).extracting(r -> header(r, "ce_type")).containsExactly(
                EventType.SLA_WARNING.ceType(), EventType.SLA_BREACHED.ceType(),
                EventType.SLA_ESCALATED.ceType(), EventType.SLA_ESCALATED.ceType());
        assertValid(all.get(1), EventType.SLA_BREACHED);
        assertValid(all.get(2), EventType.SLA_ESCALATED);
        assertValid(all.get(3), EventType.SLA_ESCALATED);
        JsonNode breached = JSON.readTree(all.get(1).value());
        assertThat(Duration.parse(breached.get("lateness").asText())).isGreaterThan(Duration.ofMinutes(20));
        assertThat(JSON.readTree(all.get(2).value()).get("action").asText()).isEqualTo("notify_manager");
        assertThat(JSON.readTree(all.get(3).value()).get("action").asText()).isEqualTo("reassign");
        assertThat(JSON.readTree(all.get(3).value()).get("step").asInt()).isEqualTo(2);
        assertThat(all).as("every alert names the version of the policies that chose its policy")
                .allSatisfy(alert -> assertThat(JSON.readTree(alert.value()).get("policyVersion").asInt())
                        .isEqualTo(policies));
        assertThat(probe.pendingTimers(leadId)).isZero();
    }

    @Test
    void acceptanceBeforeTheDueTimeIsMet() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);

        events.accept(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(5)));

        ConsumerRecord<String, String> met = probe.alerts(leadId, 1).get(0);
        assertValid(met, EventType.SLA_MET);
        JsonNode payload = JSON.readTree(met.value());
        assertThat(payload.get("outcome").asText()).isEqualTo("accepted");
        assertThat(payload.get("breached").asBoolean()).isFalse();
        assertThat(Duration.parse(payload.get("elapsedWall").asText())).isEqualTo(Duration.ofMinutes(5));
        assertThat(payload.hasNonNull("elapsedBusiness")).isTrue();
        assertThat(probe.pendingTimers(leadId)).isZero();
    }

    @Test
    void acceptanceAfterTheBreachIsMetAsBreached() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);
        clock.advance(Duration.ofMinutes(65));
        probe.alerts(leadId, 2);

        events.accept(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(65)));

        List<ConsumerRecord<String, String>> all = probe.alerts(leadId, 3);
        ConsumerRecord<String, String> met = all.get(2);
        assertValid(met, EventType.SLA_MET);
        JsonNode payload = JSON.readTree(met.value());
        assertThat(payload.get("breached").asBoolean()).isTrue();
        assertThat(Duration.parse(payload.get("elapsedWall").asText())).isEqualTo(Duration.ofMinutes(65));
        assertThat(probe.pendingTimers(leadId)).isZero();
    }

    @Test
    void rejectionStopsTheClock() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);

        events.reject(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(2)));

        JsonNode payload = JSON.readTree(probe.alerts(leadId, 1).get(0).value());
        assertThat(payload.get("outcome").asText()).isEqualTo("rejected");
        assertThat(probe.pendingTimers(leadId)).isZero();
    }

    @Test
    void reassignmentRestartsTheClockForTheNewOwner() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);

        events.reassign(leadId, "rep-1", "rep-2", assignedAt.plus(Duration.ofMinutes(10)));

        await().atMost(WAIT).until(() -> "rep-2".equals(openClockOwner(leadId)));
        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1", leadId)).isEqualTo(2);
        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1 AND state = 'SUPERSEDED'", leadId))
                .isEqualTo(1);
        assertThat(probe.pendingTimers(leadId)).isEqualTo(4);
    }

    /** An accepted lead whose rep left changes hands; its first response was given, so no clock starts again. */
    @Test
    void reassigningAnAcceptedLeadStartsNoClock() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.assign(leadId, "rep-1", assignedAt);
        probe.awaitOpenClock(leadId);
        events.accept(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(1)));
        probe.alerts(leadId, 1);

        events.reassign(leadId, "rep-1", "rep-2", LifecycleStage.ACCEPTED, assignedAt.plus(Duration.ofDays(3)));
        UUID marker = UUID.randomUUID();
        events.assign(marker, "rep-1", now());
        probe.awaitOpenClock(marker);

        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1", leadId)).isEqualTo(1);
        assertThat(openClockOwner(leadId)).isNull();
    }

    @Test
    void redeliveredEventsChangeNothing() throws Exception {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        CloudEventAttributes assigned = LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, leadId);
        for (int delivery = 0; delivery < 3; delivery++) {
            events.send(assigned, LifecycleEvents.assigned(leadId, "rep-1", assignedAt));
        }
        CloudEventAttributes accepted = events.accept(leadId, "rep-1", assignedAt.plus(Duration.ofMinutes(1)));
        events.send(accepted, new LeadAccepted(leadId, "rep-1", "rep-1",
                assignedAt.plus(Duration.ofMinutes(1))));

        probe.alerts(leadId, 1);
        UUID marker = UUID.randomUUID();
        events.assign(marker, "rep-1", now());
        probe.awaitOpenClock(marker);
        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1", leadId)).isEqualTo(1);
        assertThat(probe.count("SELECT count(*) FROM sla_timer WHERE lead_id = $1", leadId)).isEqualTo(4);
        assertThat(probe.alertsInOutbox(leadId))
                .isEqualTo(1);
    }

    @Test
    void gradeALeadRunsOnBusinessHoursOfItsPolicysCalendar() {
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = now();
        events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, leadId),
                LifecycleEvents.assigned(leadId, "rep-1", Grade.A, assignedAt));
        probe.awaitOpenClock(leadId);

        var clockRow = database.preparedQuery("SELECT policy_id, due_at FROM sla_clock WHERE lead_id = $1")
                .execute(Tuple.of(leadId)).await().atMost(Duration.ofSeconds(5)).iterator().next();
        assertThat(clockRow.getString("policy_id")).isEqualTo("test-grade-a");
        // the seeded default calendar: weekdays 09:00-17:00 UTC, and 30 business minutes never take less wall time
        var due = clockRow.getOffsetDateTime("due_at").atZoneSameInstant(java.time.ZoneOffset.UTC);
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        assertThat(due.getHour()).isBetween(9, 16);
        assertThat(Duration.between(assignedAt, due.toInstant())).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void otherLifecycleTypesAreSkipped() {
        UUID leadId = UUID.randomUUID();
        events.send(LifecycleEvents.newEvent(EventType.LEAD_MQL, leadId), mql(leadId));
        UUID marker = UUID.randomUUID();
        events.assign(marker, "rep-1", now());
        probe.awaitOpenClock(marker);
        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1", leadId)).isZero();
    }

    @Test
    void queuedLeadThatWentBackToNurtureEndsItsClockWithoutAlerts() {
        UUID leadId = UUID.randomUUID();
        Instant queuedAt = now();
        events.queue(leadId, queuedAt);
        await().atMost(WAIT).until(() -> probe.pendingTimers(leadId) > 0);

        events.recycleDecayed(leadId, queuedAt.plus(Duration.ofMinutes(10)));
        await().atMost(WAIT).until(() -> probe.pendingTimers(leadId) == 0);
        assertThat(probe.count("SELECT count(*) FROM sla_clock WHERE lead_id = $1 AND state = 'WITHDRAWN'", leadId))
                .isEqualTo(1);

        clock.advance(Duration.ofHours(3));
        UUID marker = UUID.randomUUID();
        events.assign(marker, "rep-1", now());
        probe.awaitOpenClock(marker);
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.SLA_ALERTS)) {
            assertThat(reader.readFor(r -> leadId.toString().equals(r.key()), Duration.ofSeconds(3))).isEmpty();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LeadMql mql(UUID leadId) {
        return new LeadMql(leadId, 1, 80, Grade.A, MqlReason.HAND_RAISER, Instant.now(), Channel.EMAIL, null);
    }

    private static void assertValid(ConsumerRecord<String, String> record, EventType type) {
        assertThat(header(record, "ce_type")).isEqualTo(type.ceType());
        assertThat(EventSchemas.violations(type, record.value())).isEmpty();
    }

    private String openClockOwner(UUID leadId) {
        var rows = database.preparedQuery("SELECT owner_id FROM sla_clock WHERE lead_id = $1 AND state = 'OPEN'")
                .execute(Tuple.of(leadId)).await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

}
