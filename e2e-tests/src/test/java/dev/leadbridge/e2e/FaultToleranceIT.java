package dev.leadbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.e2e.support.EventLog;
import dev.leadbridge.e2e.support.Leads;
import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.Setup;
import dev.leadbridge.e2e.support.Tally;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.ServiceProcess;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Breaks the running system and counts: the broker away while leads keep coming, a service killed mid-stream,
 * every captured event delivered again, garbage on every consumed topic, the database restarted. Each test works on
 * leads of its own and prints its counts.
 */
@ExtendWith(RunningSystem.class)
class FaultToleranceIT {

    private static final Duration FLOW_WAIT = Duration.ofMinutes(3);

    private static LeadBridgeSystem system;
    private static EventLog events;
    private static Leads leads;
    private static String apiKey;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running) {
        system = running;
        Setup setup = new Setup(system);
        events = new EventLog(system.kafka().bootstrapServers());
        apiKey = setup.apiKey();
        leads = new Leads(system, apiKey);
        setup.oneTeam("team-faults", "rep-1", "rep-2", "rep-3");
        setup.slaPolicy("PT8H", 0.5, "PT1H", "PT2H");
    }


    @Test
    void brokerAwayForThirtySecondsWhileLeadsKeepArrivingLosesAndDuplicatesNothing() throws Exception {
        Set<String> sent = new LinkedHashSet<>();
        sendSteadily(sent, 10, Duration.ofMillis(200));
        int beforeOutage = sent.size();
        system.kafka().stop();
        try {
            Instant stoppedAt = Instant.now();
            while (Duration.between(stoppedAt, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
                sent.add(leads.captureStrongLead());
                Thread.sleep(300);
            }
        } finally {
            system.kafka().restart();
        }
        int duringOutage = sent.size() - beforeOutage;
        sendSteadily(sent, 10, Duration.ofMillis(200));

        assertEveryLeadAssignedOnce("broker stopped 30 s (" + duringOutage + " of the leads sent meanwhile)", sent);
    }

    @Test
    void qualificationKilledMidStreamAndRestartedLosesAndDuplicatesNothing() throws Exception {
        Set<String> sent = new LinkedHashSet<>();
        sendSteadily(sent, 20, Duration.ofMillis(100));
        ServiceProcess qualification = system.instance(LeadBridgeService.QUALIFICATION);
        qualification.kill();
        try {
            sendSteadily(sent, 20, Duration.ofMillis(100));
        } finally {
            system.restart(qualification);
        }
        sendSteadily(sent, 10, Duration.ofMillis(100));

        assertEveryLeadAssignedOnce("qualification SIGKILLed mid-stream", sent);
    }

    @Test
    void everyCapturedEventDeliveredTwiceMoreChangesNothing() {
        Set<String> sent = new LinkedHashSet<>();
        sendSteadily(sent, 10, Duration.ZERO);
        assertEveryLeadAssignedOnce("before the redelivery", sent);
        List<ConsumerRecord<String, String>> captured = events.readUntil(Topics.LEADS_CAPTURED,
                record -> sent.contains(record.key()), all -> all.size() >= sent.size(), FLOW_WAIT);
        int lifecycleBefore = lifecycleOf(sent).size();

        try (TopicWriter writer = new TopicWriter(system.kafka().bootstrapServers())) {
            for (ConsumerRecord<String, String> record : captured) {
                Map<String, String> headers = headersOf(record);
                writer.send(Topics.LEADS_CAPTURED, record.key(), record.value(), headers);
                Map<String, String> newId = new HashMap<>(headers);
                newId.put("ce_id", CloudEvents.newEventId(java.time.Clock.systemUTC()).toString());
                writer.send(Topics.LEADS_CAPTURED, record.key(), record.value(), newId);
            }
        }

        // the copies are consumed (a marker lead sent after them is assigned) and change nothing
        Set<String> marker = new LinkedHashSet<>();
        sendSteadily(marker, 1, Duration.ZERO);
        assertEveryLeadAssignedOnce("marker after the copies", marker);
        List<ConsumerRecord<String, String>> lifecycleAfter = lifecycleOf(sent);
        System.out.printf("faults: %d captured events delivered twice more (same and new ce_id): lifecycle events "
                + "for those leads %d before, %d after%n", captured.size(), lifecycleBefore, lifecycleAfter.size());
        assertThat(lifecycleAfter).hasSize(lifecycleBefore);
        assertThat(openClocksPerLead(sent).values()).allMatch(count -> count == 1);
    }

    @Test
    void poisonOnEveryConsumedTopicGoesToItsDeadLetterTopicAndLaterRecordsFlow() {
        String marker = "poison-" + UUID.randomUUID();
        List<String> consumed = List.of(Topics.LEADS_CAPTURED, Topics.LEADS_TOUCHPOINTS, Topics.LEADS_LIFECYCLE,
                Topics.SLA_ALERTS);
        try (TopicWriter writer = new TopicWriter(system.kafka().bootstrapServers())) {
            for (String topic : consumed) {
                writer.send(topic, marker, "{not json", Map.of());
                writer.send(topic, marker, "{\"leadId\": 42}", Map.of("ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(), "ce_type", typeOn(topic),
                        "ce_source", "/faults", "ce_subject", marker, "content-type", "application/json"));
            }
        }
        for (String topic : consumed) {
            List<ConsumerRecord<String, String>> dead = events.readUntil(topic + ".dlq",
                    record -> marker.equals(record.key()), all -> all.size() >= 2, FLOW_WAIT);
            assertThat(dead).as(topic + ".dlq").hasSizeGreaterThanOrEqualTo(2);
            assertThat(dead).allSatisfy(record -> assertThat(TopicReader.header(record, "dead-letter-reason"))
                    .as("reason").isNotBlank());
            System.out.printf("faults: %s.dlq holds %d poison records (%d per consuming service), e.g. reason: %s%n",
                    topic, dead.size(), 2, TopicReader.header(dead.get(0), "dead-letter-reason"));
        }
        Set<String> later = new LinkedHashSet<>();
        sendSteadily(later, 3, Duration.ZERO);
        assertEveryLeadAssignedOnce("after the poison", later);
    }

    @Test
    void databaseRestartTakesReadinessDownAndBackAndLosesNoAcceptedLead() {
        Set<String> sent = new LinkedHashSet<>();
        sendSteadily(sent, 5, Duration.ZERO);
        assertEveryLeadAssignedOnce("before the restart", sent);
        for (String leadId : sent) {
            accept(leadId);
        }

        String qualification = system.baseUrl(LeadBridgeService.QUALIFICATION);
        system.postgres().stop();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> statusOf(qualification + "/q/health/ready") == 503);
            // intake says so instead of failing: come back later
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("X-Api-Key", apiKey)
                    .contentType("application/json")
                    .body("{\"email\": \"later@example.org\", \"consent\": {\"marketingOptIn\": true}}")
                    .when().post(system.baseUrl(LeadBridgeService.LEAD_INTAKE) + "/api/v1/leads")
                    .then().statusCode(503).header("Retry-After", org.hamcrest.Matchers.notNullValue()));
        } finally {
            system.postgres().restart();
        }
        for (LeadBridgeService service : LeadBridgeService.values()) {
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    statusOf(system.baseUrl(service) + "/q/health/ready") == 200);
        }

        String manager = system.token("faults-manager", "manager");
        for (String leadId : sent) {
            given().auth().oauth2(manager).when().get(qualification + "/api/v1/leads/" + leadId)
                    .then().statusCode(200).body("stage", org.hamcrest.Matchers.equalTo("accepted"));
        }
        Set<String> after = new LinkedHashSet<>();
        sendSteadily(after, 3, Duration.ZERO);
        assertEveryLeadAssignedOnce("after the database restart", after);
        System.out.printf("faults: database restarted: %d accepted leads still accepted, %d new leads assigned%n",
                sent.size(), after.size());
    }

    private static void sendSteadily(Set<String> sent, int count, Duration pause) {
        for (int i = 0; i < count; i++) {
            sent.add(leads.captureStrongLead());
            sleep(pause);
        }
    }

    /** Every lead captured, scored, qualified and assigned exactly once; prints the counts. */
    private static void assertEveryLeadAssignedOnce(String scenario, Set<String> sent) {
        List<ConsumerRecord<String, String>> lifecycle = events.readUntil(Topics.LEADS_LIFECYCLE,
                record -> sent.contains(record.key()),
                all -> Tally.leadsWith(EventType.LEAD_ASSIGNED.ceType(), all, sent) == sent.size(), FLOW_WAIT);
        List<ConsumerRecord<String, String>> captured = events.readUntil(Topics.LEADS_CAPTURED,
                record -> sent.contains(record.key()), all -> all.size() >= sent.size(), Duration.ofSeconds(30));
        Tally capturedTally = Tally.of(EventType.LEAD_CAPTURED.ceType(), captured);
        Tally mql = Tally.of(EventType.LEAD_MQL.ceType(), lifecycle);
        Tally assigned = Tally.of(EventType.LEAD_ASSIGNED.ceType(), lifecycle);
        System.out.printf("faults: %s: %d leads sent%n  %s%n  %s%n  %s%n", scenario, sent.size(), capturedTally,
                mql, assigned);
        for (Tally tally : List.of(capturedTally, mql, assigned)) {
            assertThat(tally.distinctLeads()).as(tally.type() + ": lost").isEqualTo(sent.size());
            assertThat(tally.leadsWithTwoEvents()).as(tally.type() + ": duplicated").isZero();
        }
    }

    private static List<ConsumerRecord<String, String>> lifecycleOf(Set<String> leadIds) {
        return events.readFor(Topics.LEADS_LIFECYCLE, record -> leadIds.contains(record.key()),
                Duration.ofSeconds(3));
    }

    private static Map<String, Integer> openClocksPerLead(Set<String> leadIds) {
        List<String> open = given().auth().oauth2(system.token("faults-ops", "ops"))
                .queryParam("state", "open").queryParam("limit", 1000)
                .when().get(system.baseUrl(LeadBridgeService.SLA_MONITOR) + "/api/v1/sla/timers")
                .then().statusCode(200).extract().jsonPath().getList("leadId", String.class);
        Map<String, Integer> perLead = new HashMap<>();
        open.stream().filter(leadIds::contains).forEach(leadId -> perLead.merge(leadId, 1, Integer::sum));
        assertThat(perLead.keySet()).containsExactlyInAnyOrderElementsOf(leadIds);
        return perLead;
    }

    private static void accept(String leadId) {
        String qualification = system.baseUrl(LeadBridgeService.QUALIFICATION);
        String owner = await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .auth().oauth2(system.token("faults-manager", "manager"))
                .get(qualification + "/api/v1/leads/" + leadId).then().extract().path("ownerId"),
                java.util.Objects::nonNull);
        given().auth().oauth2(system.token(owner, "rep"))
                .when().post(qualification + "/api/v1/leads/" + leadId + "/accept").then().statusCode(200);
    }

    private static String typeOn(String topic) {
        return switch (topic) {
            case Topics.LEADS_CAPTURED -> EventType.LEAD_CAPTURED.ceType();
            case Topics.LEADS_TOUCHPOINTS -> EventType.TOUCHPOINT_RECORDED.ceType();
            case Topics.LEADS_LIFECYCLE -> EventType.LEAD_ASSIGNED.ceType();
            default -> EventType.SLA_ESCALATED.ceType();
        };
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static int statusOf(String url) {
        try {
            return given().when().get(url).statusCode();
        } catch (RuntimeException unreachable) {
            return -1;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
