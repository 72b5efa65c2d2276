package dev.leadbridge.sla.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.infrastructure.mail.MailServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.MailTestResource;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.WebhookReceiver;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.TestSubscriptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures how long people wait to be told of a new lead: from {@code lead.assigned} written to the broker (as
 * qualification publishes it) to the mail stored by the SMTP server and to the webhook's request at the receiver,
 * at a steady 20 leads a second, open loop, with one mail and one webhook subscriber for each lead. The baseline, in
 * the same run and at the same rate: the same mail sent straight to the same SMTP server, the same body posted
 * straight to the same receiver, so the ratio is what the pipeline (consume, inbox transaction, delivery row,
 * wake-up, claim, send, record) adds to the bare send. A measurement, not a test: it asserts only that every lead was
 * told. Run it with {@code ./mvnw verify -pl sla-monitor-service -am -Pmeasurement
 * -Dtest=NotificationLatencyMeasurementTests}. The embedded PostgreSQL runs with fsync off, so the figures are an
 * upper bound on what the service itself adds, not durable-disk figures.
 */
@Tag("measurement")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
@QuarkusTestResource(MailTestResource.class)
class NotificationLatencyMeasurementTests {

    private static final int RATE_PER_SECOND = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final String TEAM = "team-measured";

    @InjectRealInfrastructure
    MailServer mail;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void leadAssignedToMailAndWebhookAtTwentyLeadsPerSecond() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(); LifecycleEvents events =
                new LifecycleEvents(bootstrapServers)) {
            TestSubscriptions.publish(TestSubscriptions.set(
                    TestSubscriptions.subscription("measured-mail", "team:" + TEAM, "reps@measured.example",
                            "lead.assigned"),
                    TestSubscriptions.subscription("measured-hook", "team:" + TEAM, receiver.url("/measured"),
                            "lead.assigned")));
            try {
                run(events, WARM_UP, receiver);
                mail.clear();
                receiver.reset();
                long cpuBefore = processCpuNanos();
                Map<UUID, Instant> sent = run(events, WINDOW, receiver);
                long cpuNanos = processCpuNanos() - cpuBefore;
                Histogram toMail = latencies(sent, mail.received(), m -> leadIdOf(m.text()),
                        MailServer.ReceivedMail::receivedAt);
                Histogram toWebhook = latencies(sent, receiver.callsTo("/measured"), c -> leadIdOfBody(c.body()),
                        WebhookReceiver.Call::receivedAt);

                Histogram bareMail = bareMails(sent.size());
                Histogram bareWebhook = bareWebhooks(receiver, sent.size());
                report("lead.assigned -> mail stored by the SMTP server", toMail, bareMail, "bare SMTP send");
                report("lead.assigned -> webhook at the receiver", toWebhook, bareWebhook, "bare HTTP POST");
                System.out.printf(Locale.ROOT, "NOTIFICATIONS: %d leads in %d s, %d mails and %d webhook calls; "
                                + "CPU of this JVM (service, test client, SMTP server, receiver) %.1f ms per lead; "
                                + "heap used %d MiB, RSS %s%n", sent.size(), WINDOW.toSeconds(), toMail.getTotalCount(),
                        toWebhook.getTotalCount(), cpuNanos / 1e6 / sent.size(),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, rss());
            } finally {
                TestSubscriptions.none();
            }
        }
    }

    /** Writes one lead.assigned every 1/20 s for the duration, then waits until each was mailed and posted. */
    private Map<UUID, Instant> run(LifecycleEvents events, Duration duration, WebhookReceiver receiver)
            throws InterruptedException {
        Map<UUID, Instant> sent = new ConcurrentHashMap<>();
        int count = (int) (duration.toSeconds() * RATE_PER_SECOND);
        openLoop(count, i -> {
            UUID lead = UUID.randomUUID();
            CloudEventAttributes event = LifecycleEvents.newEvent(EventType.LEAD_ASSIGNED, lead);
            sent.put(lead, Instant.now());
            events.send(event, new LeadAssigned(lead, "rep-measured", TEAM, false, null, AssignmentReason.ROUND_ROBIN,
                    Grade.A, Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, Instant.now()));
        });
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                mail.received().stream().map(m -> leadIdOf(m.text())).filter(java.util.Objects::nonNull)
                        .filter(sent::containsKey).distinct().count()
                        == count && receiver.callsTo("/measured").size() >= count);
        return sent;
    }

    /** Runs {@code task} {@code count} times at the fixed rate, whatever each run takes (open loop). */
    private static void openLoop(int count, Consumer<Integer> task) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(count);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i < count) {
                task.accept(i);
                done.countDown();
            }
        }, 0, 1_000_000 / RATE_PER_SECOND, TimeUnit.MICROSECONDS);
        done.await();
        clock.shutdownNow();
    }

    private Histogram bareMails(int count) throws InterruptedException {
        mail.clear();
        Map<String, Instant> submitted = new ConcurrentHashMap<>();
        ServerSetup smtp = new ServerSetup(mail.port(), mail.host(), ServerSetup.PROTOCOL_SMTP);
        openLoop(count, i -> {
            String subject = "bare " + i;
            submitted.put(subject, Instant.now());
            GreenMailUtil.sendTextEmail("bare@measured.example", "leadbridge@localhost", subject, "a bare mail", smtp);
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> mail.received().size() >= count);
        Histogram micros = new Histogram(3);
        mail.received().forEach(m -> record(micros, submitted.get(m.subject()), m.receivedAt()));
        return micros;
    }

    private static Histogram bareWebhooks(WebhookReceiver receiver, int count) throws InterruptedException {
        receiver.reset();
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Instant> posted = new ConcurrentHashMap<>();
        openLoop(count, i -> {
            posted.put("bare-" + i, Instant.now());
            client.sendAsync(HttpRequest.newBuilder(URI.create(receiver.url("/bare/bare-" + i)))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"a bare call\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> receiver.calls().size() >= count);
        Histogram micros = new Histogram(3);
        receiver.calls().forEach(call -> record(micros, posted.get(call.path().substring("/bare/".length())),
                call.receivedAt()));
        return micros;
    }

    private static <T> Histogram latencies(Map<UUID, Instant> sent, List<T> arrivals, Function<T, UUID> leadOf,
                                           Function<T, Instant> arrivedAt) {
        Map<UUID, Instant> first = arrivals.stream()
                .filter(a -> leadOf.apply(a) != null && sent.containsKey(leadOf.apply(a)))
                .collect(Collectors.toMap(leadOf, arrivedAt, (a, b) -> a.isBefore(b) ? a : b));
        assertThat(first).as("every lead told").hasSize(sent.size());
        Histogram micros = new Histogram(3);
        first.forEach((lead, at) -> record(micros, sent.get(lead), at));
        return micros;
    }

    private static void record(Histogram micros, Instant from, Instant to) {
        micros.recordValue(Math.max(0, Duration.between(from, to).toNanos() / 1_000));
    }

    private static void report(String what, Histogram measured, Histogram bare, String baseline) {
        System.out.printf(Locale.ROOT, "%nNOTIFICATION LATENCY %s at %d leads/s (%,d): p50 %.1f ms, p90 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n  baseline, %s at the same rate (%,d): p50 %.1f ms, p99 %.1f ms; "
                        + "ratio p50 %.1fx, p99 %.1fx%n", what, RATE_PER_SECOND, measured.getTotalCount(),
                ms(measured, 50), ms(measured, 90), ms(measured, 99), measured.getMaxValue() / 1000.0, baseline,
                bare.getTotalCount(), ms(bare, 50), ms(bare, 99), ms(measured, 50) / ms(bare, 50),
                ms(measured, 99) / ms(bare, 99));
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    private static UUID leadIdOf(String noticeText) {
        int at = noticeText.indexOf("Lead: ");
        return at < 0 ? null : UUID.fromString(noticeText.substring(at + 6, at + 42));
    }

    private static UUID leadIdOfBody(String body) {
        int at = body.indexOf("\"leadId\":\"");
        return at < 0 ? null : UUID.fromString(body.substring(at + 10, at + 46));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
