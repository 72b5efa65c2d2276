package dev.leadbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.EventLog;
import dev.leadbridge.e2e.support.Leads;
import dev.leadbridge.e2e.support.Setup;
import dev.leadbridge.e2e.support.Tally;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.ServiceProcess;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas each of qualification and sla-monitor, in one consumer group and on one database, over topics of six
 * partitions: the work splits across both, every lead is assigned once, every SLA timer fires once, and killing one
 * replica mid-stream loses nothing.
 */
@ExtendWith(RunningSystem.class)
class ScaleOutIT {

    private static final Duration FLOW_WAIT = Duration.ofMinutes(3);
    private static final Pattern PROCESSED = Pattern.compile(
            "leadbridge_inbox_events_total\\{consumer=\"([^\"]+)\",outcome=\"processed\"[^}]*} ([0-9.E]+)");

    private static LeadBridgeSystem system;
    private static EventLog events;
    private static Leads leads;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running) {
        system = running;
        Setup setup = new Setup(system);
        events = new EventLog(system.kafka().bootstrapServers());
        leads = new Leads(system, setup.apiKey());
        setup.oneTeam("team-scale", "rep-1", "rep-2", "rep-3", "rep-4");
        // every lead's warning, breach and manager notification fall due within seconds; reassignment never
        setup.slaPolicy("PT4S", 0.5, "PT1S", "PT8H");
        system.startReplica(LeadBridgeService.QUALIFICATION);
        system.startReplica(LeadBridgeService.SLA_MONITOR);
    }


    @Test
    void twoReplicasShareTheWorkAndOneKilledMidStreamLosesNothing() {
        Set<String> sent = new LinkedHashSet<>();
        send(sent, 40);
        assertEveryLeadAssignedOnce(sent);
        List<ServiceProcess> qualification = system.instances(LeadBridgeService.QUALIFICATION);
        List<Double> capturedPerReplica = qualification.stream()
                .map(replica -> processed(replica, "qualification.leads-captured")).toList();
        // the assignments are on the topic; the sla-monitor replicas may still be working through them
        List<ServiceProcess> slaMonitors = system.instances(LeadBridgeService.SLA_MONITOR);
        org.awaitility.Awaitility.await().atMost(FLOW_WAIT).until(() -> slaMonitors.stream()
                .mapToDouble(replica -> processed(replica, "sla.leads-lifecycle")).sum() >= sent.size());
        List<Double> lifecyclePerReplica = slaMonitors.stream()
                .map(replica -> processed(replica, "sla.leads-lifecycle")).toList();
        System.out.printf("scale-out: leads.captured events processed per qualification replica %s, "
                + "leads.lifecycle events per sla-monitor replica %s%n", capturedPerReplica, lifecyclePerReplica);
        assertThat(capturedPerReplica).as("both qualification replicas took a share").allMatch(count -> count > 0);
        assertThat(lifecyclePerReplica).as("both sla-monitor replicas took a share").allMatch(count -> count > 0);

        qualification.get(0).kill();
        system.instances(LeadBridgeService.SLA_MONITOR).get(1).kill();
        send(sent, 40);
        assertEveryLeadAssignedOnce(sent);
        assertEveryTimerFiredOnce(sent);
    }

    private static void send(Set<String> sent, int count) {
        for (int i = 0; i < count; i++) {
            sent.add(leads.captureStrongLead());
        }
    }

    private static void assertEveryLeadAssignedOnce(Set<String> sent) {
        List<ConsumerRecord<String, String>> lifecycle = events.readUntil(Topics.LEADS_LIFECYCLE,
                record -> sent.contains(record.key()),
                all -> Tally.leadsWith(EventType.LEAD_ASSIGNED.ceType(), all, sent) == sent.size(), FLOW_WAIT);
        Tally assigned = Tally.of(EventType.LEAD_ASSIGNED.ceType(), lifecycle);
        System.out.printf("scale-out: %d leads sent; %s%n", sent.size(), assigned);
        assertThat(assigned.distinctLeads()).as("lost").isEqualTo(sent.size());
        assertThat(assigned.leadsWithTwoEvents()).as("assigned twice").isZero();
    }

    /** Warning, breach and the manager's notification: one each per lead, whichever replica fired it. */
    private static void assertEveryTimerFiredOnce(Set<String> sent) {
        List<ConsumerRecord<String, String>> alerts = events.readUntil(Topics.SLA_ALERTS,
                record -> sent.contains(record.key()),
                all -> Tally.leadsWith(EventType.SLA_ESCALATED.ceType(), all, sent) == sent.size(), FLOW_WAIT);
        for (EventType type : List.of(EventType.SLA_WARNING, EventType.SLA_BREACHED, EventType.SLA_ESCALATED)) {
            Tally tally = Tally.of(type.ceType(), alerts);
            System.out.printf("scale-out: %s%n", tally);
            assertThat(tally.distinctLeads()).as(type + " lost").isEqualTo(sent.size());
            assertThat(tally.leadsWithTwoEvents()).as(type + " fired twice").isZero();
        }
    }

    private static double processed(ServiceProcess replica, String consumer) {
        String metrics = given().when().get(replica.baseUrl() + "/q/metrics").then().statusCode(200).extract()
                .asString();
        Matcher matcher = PROCESSED.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            if (matcher.group(1).equals(consumer)) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }
}
