package dev.leadbridge.sla.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import dev.leadbridge.sla.application.TimerWorker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business-time clocks end to end, on a Berlin calendar (Mon–Fri 09:00–17:00) under a policy of 4 business hours,
 * warning at 75 %, notifying the manager 30 minutes past due: the stored timers land where the calendar says across a
 * daylight-saving change and a holiday, and fire then, not before. The service's clock is moved to the dates, which
 * are the next ones ahead of it, so expectations are written in Berlin local time and java.time converts them.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class BusinessCalendarClockTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ADMIN = TestTokens.token("admin-1", "admin");
    private static final String POLICIES = """
            {"policies": [
              {"id": "test-default", "grades": [], "channels": [], "mqlReasons": [],
               "acceptWithin": "PT1H", "mode": "wall", "warnAtFraction": 0.5, "escalationSteps": []},
              {"id": "berlin-office", "grades": ["C"], "channels": [], "mqlReasons": [],
               "acceptWithin": "PT4H", "mode": "business", "warnAtFraction": 0.75, "calendarId": "%s",
               "escalationSteps": [{"afterDue": "PT30M", "action": "notify_manager"}]}
            ]}""";

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
        events = new LifecycleEvents(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        events.close();
        TestPolicies.install();
    }

    @Test
    void daylightSavingWeekendCostsNoBusinessTimeAndTimersLandOnLocalHours() throws Throwable {
        LocalDate change = nextDstChange();
        LocalDate friday = change.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        LocalDate monday = change.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        installCalendar("berlin-dst", "[]");
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = berlin(friday, "15:00");
        advanceTo(assignedAt.minus(Duration.ofMinutes(5)));

        assign(leadId, assignedAt);

        // Friday 15:00-17:00 is 2 hours, Monday 09:00-11:00 the other 2, whatever the offset did on Sunday
        assertThat(timers(leadId)).containsExactly(
                new Timer("WARNING", berlin(monday, "10:00")),
                new Timer("BREACH", berlin(monday, "11:00")),
                new Timer("ESCALATION", berlin(monday, "11:30")));
        assertThat(Duration.between(assignedAt, berlin(monday, "11:00")))
                .as("the weekend's wall time differs from a normal one by the DST hour")
                .isNotEqualTo(Duration.ofHours(68));

        advanceTo(berlin(monday, "09:59"));
        fireAllDue();
        assertThat(outboxCount(leadId)).isZero();

        advanceTo(berlin(monday, "10:00:30"));
        assertThat(types(probe.alerts(leadId, 1))).containsExactly(EventType.SLA_WARNING.ceType());

        advanceTo(berlin(monday, "11:01"));
        List<ConsumerRecord<String, String>> breach = probe.alerts(leadId, 2);
        JsonNode breached = JSON.readTree(breach.get(1).value());
        assertThat(Instant.parse(breached.get("dueAt").asText())).isEqualTo(berlin(monday, "11:00"));
        assertThat(Duration.parse(breached.get("lateness").asText())).isBetween(Duration.ofSeconds(60),
                Duration.ofMinutes(5));
    }

    @Test
    void holidaysAndPartialHolidaysAreSkippedAndAcceptanceAfterTheBreachIsBreached() throws Throwable {
        LocalDate monday = clock.instant().atZone(BERLIN).toLocalDate().plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        installCalendar("berlin-holidays", """
                [{"date": "%s", "name": "Regional holiday"},
                 {"date": "%s", "name": "Works meeting", "closed": [{"start": "09:00", "end": "13:00"}]}]"""
                .formatted(tuesday, wednesday));
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = berlin(monday, "16:00");
        advanceTo(assignedAt.minus(Duration.ofMinutes(5)));

        assign(leadId, assignedAt);

        // Monday 16:00-17:00, Tuesday closed, Wednesday open from 13:00: due Wednesday 16:00
        assertThat(timers(leadId)).containsExactly(
                new Timer("WARNING", berlin(wednesday, "15:00")),
                new Timer("BREACH", berlin(wednesday, "16:00")),
                new Timer("ESCALATION", berlin(wednesday, "16:30")));

        advanceTo(berlin(wednesday, "12:59"));
        fireAllDue();
        assertThat(outboxCount(leadId)).isZero();

        advanceTo(berlin(wednesday, "16:10"));
        assertThat(types(probe.alerts(leadId, 2))).containsExactly(EventType.SLA_WARNING.ceType(),
                EventType.SLA_BREACHED.ceType());

        events.accept(leadId, "rep-1", berlin(wednesday, "16:20"));
        List<ConsumerRecord<String, String>> all = probe.alerts(leadId, 3);
        JsonNode met = JSON.readTree(all.get(2).value());
        assertThat(met.get("breached").asBoolean()).isTrue();
        assertThat(Duration.parse(met.get("elapsedBusiness").asText())).isEqualTo(Duration.ofMinutes(260));
        assertThat(Instant.parse(met.get("dueAt").asText())).isEqualTo(berlin(wednesday, "16:00"));
        assertThat(probe.pendingTimers(leadId)).isZero();
    }

    @Test
    void acceptanceBeforeTheDueTimeAcrossAHolidayIsMet() throws Throwable {
        LocalDate monday = clock.instant().atZone(BERLIN).toLocalDate().plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        installCalendar("berlin-holidays", """
                [{"date": "%s", "name": "Regional holiday"}]""".formatted(monday.plusDays(1)));
        UUID leadId = UUID.randomUUID();
        Instant assignedAt = berlin(monday, "16:00");
        advanceTo(assignedAt.minus(Duration.ofMinutes(5)));
        assign(leadId, assignedAt);

        // a day and a half of wall time, one business hour of it Monday and one on Wednesday
        events.accept(leadId, "rep-1", berlin(monday.plusDays(2), "10:00"));

        JsonNode met = JSON.readTree(probe.alerts(leadId, 1).get(0).value());
        assertThat(met.get("breached").asBoolean()).isFalse();
        assertThat(Duration.parse(met.get("elapsedBusiness").asText())).isEqualTo(Duration.ofHours(2));
        assertThat(Duration.parse(met.get("elapsedWall").asText())).isEqualTo(Duration.ofHours(42));
    }

    private record Timer(String kind, Instant dueAt) {
    }

    private void assign(UUID leadId, Instant at) {
        events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, leadId),
                LifecycleEvents.assigned(leadId, "rep-1", Grade.C, at));
        await().atMost(WAIT).until(() -> probe.pendingTimers(leadId) == 3);
    }

    private void installCalendar(String id, String holidays) {
        given().auth().oauth2(ADMIN).contentType("application/json").body("""
                        {"zone": "Europe/Berlin",
                         "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}],
                                         "tuesday": [{"start": "09:00", "end": "17:00"}],
                                         "wednesday": [{"start": "09:00", "end": "17:00"}],
                                         "thursday": [{"start": "09:00", "end": "17:00"}],
                                         "friday": [{"start": "09:00", "end": "17:00"}]},
                         "holidays": %s}""".formatted(holidays))
                .when().put("/api/v1/sla/calendars/" + id)
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType("application/json").body(POLICIES.formatted(id))
                .when().put("/api/v1/sla/policies")
                .then().statusCode(200);
    }

    /** The next change of Berlin's UTC offset at least a week ahead of the service's clock. */
    private LocalDate nextDstChange() {
        ZoneOffsetTransition change = BERLIN.getRules().nextTransition(clock.instant().plus(Duration.ofDays(7)));
        return change.getInstant().atZone(BERLIN).toLocalDate();
    }

    private void advanceTo(Instant target) {
        Duration ahead = Duration.between(clock.instant(), target);
        assertThat(ahead.isNegative()).as("the tests only move time forward").isFalse();
        clock.advance(ahead);
    }

    private void fireAllDue() throws Throwable {
        VertxContextSupport.subscribeAndAwait(worker::fireAllDue);
    }

    private static Instant berlin(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private List<Timer> timers(UUID leadId) {
        List<Timer> timers = new ArrayList<>();
        for (Row row : database.preparedQuery("SELECT kind, due_at FROM sla_timer WHERE lead_id = $1 ORDER BY due_at")
                .execute(Tuple.of(leadId)).await().atMost(Duration.ofSeconds(5))) {
            timers.add(new Timer(row.getString("kind"), row.getOffsetDateTime("due_at").toInstant()));
        }
        return timers;
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> new String(r.headers().lastHeader("ce_type").value(),
                StandardCharsets.UTF_8)).toList();
    }

    private long outboxCount(UUID leadId) {
        return probe.alertsInOutbox(leadId);
    }
}
