package dev.leadbridge.sla.application;

import static dev.leadbridge.sla.TestSubscriptions.set;
import static dev.leadbridge.sla.TestSubscriptions.subscription;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.infrastructure.mail.MailServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.MailTestResource;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.infrastructure.testing.WebhookReceiver;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestSubscriptions;
import dev.leadbridge.sla.domain.notification.Occurrences;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications end to end inside the service: events on the real broker, deliveries in the real database, mail to a
 * real SMTP server (GreenMail) and webhooks to a real HTTP server, counted at the receivers. Each test subscribes
 * reps and teams of its own, so no other test's events reach its receivers.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
@QuarkusTestResource(MailTestResource.class)
class NotificationDeliveryTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPS = TestTokens.token("ops-1", "ops");
    private static final String SLA_SOURCE = "/leadbridge/sla-monitor-service";
    private static WebhookReceiver receiver;

    @InjectRealInfrastructure
    MailServer mail;

    @Inject
    SlaProbe probe;

    @Inject
    Notifications notifications;

    @Inject
    NotificationWorker worker;

    /** The service's clock: other tests move it forward. */
    @Inject
    java.time.Clock serviceClock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "leadbridge.notifications.webhook.signing-secret")
    String signingSecret;

    private LifecycleEvents events;
    private String rep;
    private String team;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void freshPeople() {
        events = new LifecycleEvents(bootstrapServers);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        rep = "rep-" + suffix;
        team = "team-" + suffix;
        receiver.reset();
    }

    @AfterEach
    void nobodySubscribed() {
        TestSubscriptions.none();
        events.close();
    }

    @Test
    void aNewLeadIsMailedToItsRepAndPostedToItsTeamOnceThoughTheEventArrivesTwice() {
        String hook = "/hooks/" + team;
        TestSubscriptions.publish(set(
                subscription("mail-" + rep, "rep:" + rep, rep + "@leadbridge.example", "lead.assigned"),
                subscription("hook-" + team, "team:" + team, receiver.url(hook), "lead.assigned")));
        UUID lead = UUID.randomUUID();
        CloudEventAttributes first = LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, lead);
        LeadAssigned assigned = assigned(lead, Instant.now());

        events.send(first, assigned);
        events.send(first, assigned); // the same event again, as a redelivery brings it
        // a later assignment of the same lead (same partition, so read after the redelivery) is told again
        events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, lead), assigned(lead, Instant.now()));

        awaitAllSent(lead, 4);
        assertThat(probe.count("SELECT count(*) FROM notification_delivery WHERE lead_id = $1", lead))
                .as("one delivery per subscriber and event").isEqualTo(4);
        List<MailServer.ReceivedMail> mails = mailsTo(rep + "@leadbridge.example");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).subject()).isEqualTo("[LeadBridge] New lead " + lead.toString().substring(0, 8)
                + " (grade A) for " + rep + ": accept or reject it");
        assertThat(mails.get(0).text()).contains("Lead: " + lead, "Team: " + team,
                "Open it: http://localhost:8082/lead.html?id=" + lead);
        assertThat(mails.get(0).from()).contains("leadbridge@localhost");
        assertThat(mails).extracting(m -> m.headers().get("X-LeadBridge-Delivery")).doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(receiver.callsTo(hook)).hasSize(2);
    }

    @Test
    void aWebhookIsSignedNamesItsDeliveryAndReadsAsAChatMessage() throws Exception {
        String hook = "/hooks/" + team;
        TestSubscriptions.publish(set(subscription("breaches-" + team, "team:" + team, receiver.url(hook),
                "sla.breached")));
        UUID lead = UUID.randomUUID();
        Instant due = Instant.now().minus(Duration.ofMinutes(20));

        breach(lead, due);

        await().atMost(SlaProbe.WAIT).until(() -> receiver.callsTo(hook).size() == 1);
        WebhookReceiver.Call call = receiver.callsTo(hook).get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.header("Content-Type")).startsWith("application/json");
        assertThat(call.header("X-LeadBridge-Event")).isEqualTo("sla.breached");
        JsonNode body = JSON.readTree(call.body());
        assertThat(body.get("text").asText()).startsWith("SLA breached: lead " + lead.toString().substring(0, 8)
                + " of " + rep).contains("is 20 min late");
        assertThat(body.get("type").asText()).isEqualTo("sla.breached");
        assertThat(body.get("leadId").asText()).isEqualTo(lead.toString());
        assertThat(body.get("deliveryId").asText()).isEqualTo(call.header("X-LeadBridge-Delivery"));
        assertThat(body.get("link").asText()).isEqualTo("http://localhost:8082/lead.html?id=" + lead);

        // the receiver's check, written here from the documented scheme rather than with the service's own class
        String[] signature = call.header("X-LeadBridge-Signature").split(",");
        long sentAt = Long.parseLong(signature[0].substring("t=".length()));
        assertThat(Math.abs(serviceClock.instant().getEpochSecond() - sentAt)).as("signed at the service's time")
                .isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((sentAt + "." + call.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(signature[1]).isEqualTo("v1=" + expected);
    }

    @Test
    void aFailingWebhookIsTriedAgainLaterAndLaterThenGivenUpAndTheLogShowsEveryAttempt() {
        String hook = "/down/" + team;
        String id = "down-" + team;
        TestSubscriptions.publish(set(subscription(id, "team:" + team, receiver.url(hook), "sla.warning")));
        receiver.answerAlways(500);
        UUID lead = UUID.randomUUID();

        warn(lead);

        await().atMost(SlaProbe.WAIT).until(() -> "dead".equals(log(id, null).getString("[0].status")));
        JsonPath log = log(id, null);
        assertThat(log.getInt("[0].attempts")).as("test profile: 6 attempts").isEqualTo(6);
        assertThat(log.getList("[0].attemptLog.statusCode", Integer.class)).containsOnly(500).hasSize(6);
        assertThat(log.getList("[0].attemptLog.succeeded", Boolean.class)).containsOnly(false);
        assertThat(log.getString("[0].lastError")).isEqualTo("the receiver answered 500");
        List<Instant> started = log.getList("[0].attemptLog.startedAt", String.class).stream().map(Instant::parse)
                .toList();
        // 200 ms, then 400, then 800 (test profile), each counted from the end of the failed attempt
        assertThat(Duration.between(started.get(0), started.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(started.get(1), started.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(Duration.between(started.get(2), started.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(receiver.callsTo(hook)).hasSize(6)
                .extracting(call -> call.header("X-LeadBridge-Delivery")).containsOnly(log.getString("[0].id"));
        assertThat(log(id, "dead").getList("id")).containsExactly(log.getString("[0].id"));
        assertThat(log(id, "delivered").getList("id")).isEmpty();
    }

    @Test
    void aMailServerThatIsDownGetsTheMailOnceItIsBack() {
        String address = rep + "@leadbridge.example";
        String id = "mail-" + rep;
        TestSubscriptions.publish(set(subscription(id, "rep:" + rep, address, "lead.assigned")));
        UUID lead = UUID.randomUUID();
        mail.stop();
        try {
            events.send(LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, lead), assigned(lead, Instant.now()));

            await().atMost(SlaProbe.WAIT).until(() -> log(id, null).getInt("[0].attempts") >= 1
                    && log(id, null).getString("[0].lastError") != null);
        } finally {
            mail.restart();
        }

        await().atMost(SlaProbe.WAIT).until(() -> "delivered".equals(log(id, null).getString("[0].status")));
        JsonPath log = log(id, null);
        assertThat(log.getList("[0].attemptLog.succeeded", Boolean.class)).startsWith(false).endsWith(true);
        assertThat(log.getString("[0].attemptLog[0].error")).isNotBlank();
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void aReceiverBackAfterAnOutageGetsTheNotificationOnce() {
        String hook = "/flaky/" + team;
        String id = "flaky-" + team;
        TestSubscriptions.publish(set(subscription(id, "team:" + team, receiver.url(hook), "sla.warning")));
        receiver.answerNext(503);
        UUID lead = UUID.randomUUID();

        warn(lead);

        await().atMost(SlaProbe.WAIT).until(() -> "delivered".equals(log(id, null).getString("[0].status")));
        JsonPath log = log(id, null);
        assertThat(log.getList("[0].attemptLog.statusCode", Integer.class)).containsExactly(503, 204);
        assertThat(log.getString("[0].deliveredAt")).isNotNull();
        assertThat(receiver.callsTo(hook)).extracting(WebhookReceiver.Call::answeredWith).containsExactly(503, 204);
    }

    /**
     * Two replicas at once: every occurrence is recorded by two consumers together and the due deliveries are sent by
     * two senders together, beside the service's own. Each reaches the SMTP server once.
     */
    @Test
    void twoConsumersAndTwoSendersAtOnceSendEachNotificationOnce() throws Exception {
        String address = rep + "@leadbridge.example";
        TestSubscriptions.publish(set(subscription("mail-" + rep, "rep:" + rep, address, "lead.assigned")));
        List<UUID> leads = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();

        for (UUID lead : leads) {
            UUID eventId = UUID.randomUUID();
            Twice.atOnce(() -> onVertx(() -> Panache.withTransaction(() ->
                    notifications.tell(Occurrences.assigned(eventId, lead, rep, team, "B", Instant.now()))
                            .replaceWith(lead))));
        }
        Twice.atOnce(() -> onVertx(worker::sendAllDue));

        await().atMost(SlaProbe.WAIT).until(() -> probe.count("SELECT count(*) FROM notification_delivery "
                + "WHERE lead_id = ANY($1) AND status <> 'DELIVERED'", leads) == 0);
        assertThat(probe.count("SELECT count(*) FROM notification_delivery WHERE lead_id = ANY($1)", leads))
                .isEqualTo(20);
        List<MailServer.ReceivedMail> mails = mailsTo(address);
        assertThat(mails).hasSize(20);
        assertThat(mails).extracting(m -> m.headers().get("X-LeadBridge-Delivery")).doesNotHaveDuplicates();
        assertThat(probe.count("SELECT count(*) FROM notification_attempt a JOIN notification_delivery d "
                + "ON d.id = a.delivery_id WHERE d.lead_id = ANY($1)", leads)).as("one attempt each").isEqualTo(20);
    }

    /** Runs the service's code on a Vert.x context, as its consumers and workers run, and waits for it. */
    private static <T> T onVertx(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new IllegalStateException(other);
        }
    }

    private LeadAssigned assigned(UUID lead, Instant at) {
        return new LeadAssigned(lead, rep, team, false, null, AssignmentReason.ROUND_ROBIN, Grade.A,
                Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, at);
    }

    private void breach(UUID lead, Instant due) {
        Instant now = Instant.now();
        events.sendTo(Topics.SLA_ALERTS, alert(EventType.SLA_BREACHED, lead), new SlaBreached(lead, UUID.randomUUID(),
                "test-default", rep, team, due, now, Duration.between(due, now), 1));
    }

    private void warn(UUID lead) {
        Instant now = Instant.now();
        events.sendTo(Topics.SLA_ALERTS, alert(EventType.SLA_WARNING, lead), new SlaWarning(lead, UUID.randomUUID(),
                "test-default", rep, team, now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(30)), now,
                1));
    }

    private static CloudEventAttributes alert(EventType type, UUID lead) {
        return CloudEvents.newAttributes(type, SLA_SOURCE, lead.toString(), java.time.Clock.systemUTC());
    }

    private void awaitAllSent(UUID lead, int deliveries) {
        await().atMost(SlaProbe.WAIT).until(() -> probe.count("SELECT count(*) FROM notification_delivery "
                + "WHERE lead_id = $1 AND status = 'DELIVERED'", lead) >= deliveries);
    }

    private List<MailServer.ReceivedMail> mailsTo(String address) {
        return mail.received().stream().filter(m -> m.to().contains(address)).toList();
    }

    private static JsonPath log(String subscription, String status) {
        var request = given().auth().oauth2(OPS).queryParam("subscription", subscription);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.when().get("/api/v1/notifications/deliveries").then().statusCode(200).extract().jsonPath();
    }
}
