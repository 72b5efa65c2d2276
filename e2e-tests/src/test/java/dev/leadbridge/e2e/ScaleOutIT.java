package dev.leadbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.e2e.support.EventLog;
import dev.leadbridge.e2e.support.Leads;
import dev.leadbridge.e2e.support.NotificationReceivers;
import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.Setup;
import dev.leadbridge.e2e.support.Tally;
import dev.leadbridge.e2e.support.TellsPeople;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.ServiceProcess;
import dev.leadbridge.infrastructure.mail.MailServer;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas each of qualification and sla-monitor, in one consumer group and on one database, over topics of six
 * partitions: the work splits across both, every lead is assigned once, every SLA timer fires once, every
 * notification reaches its receiver once, and killing one replica mid-stream loses nothing.
 */
@ExtendWith(RunningSystem.class)
@TellsPeople
class ScaleOutIT {

    private static final Duration FLOW_WAIT = Duration.ofMinutes(3);
    private static final Pattern PROCESSED = Pattern.compile(
            "leadbridge_inbox_events_total\\{consumer=\"([^\"]+)\",outcome=\"processed\"[^}]*} ([0-9.E]+)");

    private static final Pattern LEAD_LINE = Pattern.compile("^Lead: ([0-9a-f-]{36})$", Pattern.MULTILINE);

    private static LeadBridgeSystem system;
    private static EventLog events;
    private static Leads leads;
    private static NotificationReceivers receivers;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running, NotificationReceivers notificationReceivers) {
        system = running;
        receivers = notificationReceivers;
        Setup setup = new Setup(system);
        events = new EventLog(system.kafka().bootstrapServers());
        leads = new Leads(system, setup.apiKey());
        setup.oneTeam("team-scale", "rep-1", "rep-2", "rep-3", "rep-4");
        // every lead's warning, breach and manager notification fall due within seconds; reassignment never
        setup.slaPolicy("PT4S", 0.5, "PT1S", "PT8H");
        // each rep is mailed their new leads, the team's channel hears of every breach, managers of every escalation
        setup.subscriptions("""
                {"subscriptions": [
                  {"id": "rep-1-new-leads", "audience": "rep:rep-1", "triggers": ["lead.assigned"],
                   "email": "rep-1@scale.example"},
                  {"id": "rep-2-new-leads", "audience": "rep:rep-2", "triggers": ["lead.assigned"],
                   "email": "rep-2@scale.example"},
                  {"id": "rep-3-new-leads", "audience": "rep:rep-3", "triggers": ["lead.assigned"],
                   "email": "rep-3@scale.example"},
                  {"id": "rep-4-new-leads", "audience": "rep:rep-4", "triggers": ["lead.assigned"],
                   "email": "rep-4@scale.example"},
                  {"id": "team-breaches", "audience": "team:team-scale", "triggers": ["sla.breached"],
                   "webhookUrl": "%s"},
                  {"id": "managers-escalations", "audience": "role:manager", "triggers": ["sla.escalated"],
                   "email": "managers@scale.example"}]}""".formatted(receivers.webhooks().url("/hooks/team-scale")));
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
        assertEveryoneToldOnce(sent);
    }

    /**
     * Every lead's rep mailed once of its assignment, the team's webhook called once of its breach, the managers
     * mailed once of its escalation, whichever replica consumed the event and sent it. A replica killed between
     * sending and recording lets its lease run out and the other sends again under the same delivery id, so
     * receivers count deliveries by that id; two deliveries of one notice would be a second notice.
     */
    private static void assertEveryoneToldOnce(Set<String> sent) {
        org.awaitility.Awaitility.await().atMost(FLOW_WAIT).until(() -> leadsIn(repMails()).size() == sent.size()
                && leadsIn(escalationMails()).size() == sent.size() && breachLeads().size() == sent.size());
        Map<String, Set<String>> assignedDeliveries = deliveriesByLead(repMails());
        Map<String, Set<String>> escalationDeliveries = deliveriesByLead(escalationMails());
        Map<String, Set<String>> breachDeliveries = receivers.webhooks().callsTo("/hooks/team-scale").stream()
                .collect(Collectors.groupingBy(call -> leadOf(call.body()), Collectors.mapping(
                        call -> call.header("X-LeadBridge-Delivery"), Collectors.toSet())));
        System.out.printf("scale-out: told of %d leads: %d assignment mails, %d escalation mails, %d breach webhook "
                        + "calls (resends after the kill share their delivery id)%n", sent.size(),
                repMails().size(), escalationMails().size(), receivers.webhooks().callsTo("/hooks/team-scale").size());
        for (Map<String, Set<String>> told : List.of(assignedDeliveries, escalationDeliveries, breachDeliveries)) {
            assertThat(told.keySet()).as("told of every lead").containsAll(sent);
            assertThat(told).as("one delivery per lead").allSatisfy((lead, ids) -> assertThat(ids).hasSize(1));
        }
    }

    private static List<MailServer.ReceivedMail> repMails() {
        return receivers.mail().received().stream()
                .filter(mail -> mail.to().stream().anyMatch(to -> to.matches("rep-[1-4]@scale\\.example"))).toList();
    }

    private static List<MailServer.ReceivedMail> escalationMails() {
        return receivers.mail().received().stream().filter(mail -> mail.to().contains("managers@scale.example"))
                .toList();
    }

    private static Set<String> leadsIn(List<MailServer.ReceivedMail> mails) {
        return deliveriesByLead(mails).keySet();
    }

    private static Set<String> breachLeads() {
        return receivers.webhooks().callsTo("/hooks/team-scale").stream().map(call -> leadOf(call.body()))
                .collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> deliveriesByLead(List<MailServer.ReceivedMail> mails) {
        return mails.stream().collect(Collectors.groupingBy(mail -> leadLine(mail.text()), Collectors.mapping(
                mail -> mail.headers().get("X-LeadBridge-Delivery"), Collectors.toSet())));
    }

    /** The lead id on the notice's "Lead: <id>" line. */
    private static String leadLine(String text) {
        Matcher matcher = LEAD_LINE.matcher(text);
        return matcher.find() ? matcher.group(1) : "none";
    }

    private static String leadOf(String webhookBody) {
        return io.restassured.path.json.JsonPath.from(webhookBody).getString("leadId");
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
