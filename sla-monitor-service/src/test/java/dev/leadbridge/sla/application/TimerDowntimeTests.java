package dev.leadbridge.sla.application;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Downtime, for real: PostgreSQL is stopped under the running service while every timer of a few clocks falls due
 * (and the worker tries, and fails, to fire them), then started again. The timers that fell due meanwhile fire on the
 * worker's first run that reaches the database, each exactly once, with its lateness in {@code sla.breached} and in
 * the alert-lag histogram. The test policy is wall time: warn at 30 minutes, due at 1 hour, escalations 10 and 20
 * minutes past due.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class TimerDowntimeTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEADS = 3;
    private static final int TIMERS_PER_LEAD = 4;
    private static final Duration DOWNTIME = Duration.ofHours(2);

    @InjectRealInfrastructure
    PostgresServer postgres;

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @Inject
    SlaProbe probe;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void timersThatFellDueWhileTheDatabaseWasDownFireOnceEachWithTheirLateness() throws Exception {
        TestPolicies.install();
        List<UUID> leads = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant assignedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (LifecycleEvents events = new LifecycleEvents(bootstrapServers)) {
            leads.forEach(lead -> events.assign(lead, "rep-1", assignedAt));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(leads) == LEADS * TIMERS_PER_LEAD);
        long lagsBefore = alertLag().count();

        double failedRunsBefore = failedRuns();
        postgres.stop();
        try {
            // every timer (warning at 30 min, due at 60, escalations at 70 and 80) falls due while nothing can fire
            clock.advance(DOWNTIME);
            await().atMost(Duration.ofSeconds(30)).until(() -> failedRuns() > failedRunsBefore);
        } finally {
            postgres.restart();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(leads) == 0);
        assertThat(probe.count("""
                SELECT count(*) FROM sla_timer WHERE lead_id = ANY($1) AND fired_at IS NOT NULL
                  AND fired_at - due_at >= interval '40 minutes'""", leads)).isEqualTo(LEADS * TIMERS_PER_LEAD);
        assertThat(probe.count("SELECT count(*) FROM outbox_event WHERE ce_subject = ANY($1) AND topic = $2",
                subjects(leads), Topics.SLA_ALERTS))
                .as("one alert per timer").isEqualTo(LEADS * TIMERS_PER_LEAD);
        for (EventType type : List.of(EventType.SLA_WARNING, EventType.SLA_BREACHED)) {
            assertThat(probe.count("SELECT count(*) FROM outbox_event WHERE ce_subject = ANY($1) AND ce_type = '%s'"
                    .formatted(type.ceType()), subjects(leads))).as(type.ceType()).isEqualTo(LEADS);
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.SLA_ALERTS)) {
            List<ConsumerRecord<String, String>> breaches = reader.await(r -> leads.contains(UUID.fromString(r.key()))
                    && EventType.SLA_BREACHED.ceType().equals(header(r, "ce_type")), LEADS, Duration.ofSeconds(30));
            assertThat(breaches).hasSize(LEADS);
            for (ConsumerRecord<String, String> breach : breaches) {
                JsonNode payload = JSON.readTree(breach.value());
                // due an hour after assignment, found two hours after: at least an hour late
                assertThat(Duration.parse(payload.get("lateness").asText()))
                        .isGreaterThanOrEqualTo(DOWNTIME.minus(Duration.ofHours(1)));
            }
        }
        assertThat(alertLag().count() - lagsBefore).isGreaterThanOrEqualTo(LEADS * TIMERS_PER_LEAD);
        // the warnings were the latest: due 30 minutes in, fired after the 2 hours of downtime
        assertThat(alertLag().max(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(Duration.ofMinutes(90).toSeconds());
        assertThat(latenessOfBreaches(leads)).allMatch(seconds -> seconds >= Duration.ofHours(1).toSeconds());
    }

    private double failedRuns() {
        return registry.get("leadbridge.sla.timer.runs.failed").counter().count();
    }

    private io.micrometer.core.instrument.Timer alertLag() {
        return registry.get("leadbridge.sla.alert.lag").timer();
    }

    private long pending(List<UUID> leads) {
        return probe.count("SELECT count(*) FROM sla_timer WHERE lead_id = ANY($1) AND fired_at IS NULL "
                + "AND cancelled_at IS NULL", leads);
    }

    private List<Long> latenessOfBreaches(List<UUID> leads) {
        return database.preparedQuery("SELECT lateness_seconds FROM sla_clock WHERE lead_id = ANY($1)")
                .execute(Tuple.of(leads.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10))
                .stream().map((Row row) -> row.getLong(0)).toList();
    }

    private static List<String> subjects(List<UUID> leads) {
        return leads.stream().map(UUID::toString).toList();
    }

}
