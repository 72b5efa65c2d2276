package dev.leadbridge.sla.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The durable timers against the real database: claimed with SKIP LOCKED, each fired exactly once. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class TimerWorkerTests {

    private static final int TIMERS = 10_000;

    @Inject
    TimerWorker worker;

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @Inject
    SlaProbe probe;

    @Test
    void concurrentWorkersFireEveryDueTimerExactlyOnce() throws Exception {
        String batch = "load-" + UUID.randomUUID();
        insertDueWarnings(batch, TIMERS, clock.instant().minus(Duration.ofMinutes(1)));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> loop = () -> {
                try {
                    return VertxContextSupport.subscribeAndAwait(worker::fireAllDue);
                } catch (Throwable failure) {
                    throw new IllegalStateException(failure);
                }
            };
            List<Future<Integer>> workers = threads.invokeAll(List.of(loop, loop));
            List<Integer> firedPerWorker = new java.util.ArrayList<>();
            for (Future<Integer> fired : workers) {
                firedPerWorker.add(fired.get());
            }
            System.out.printf("timer workers: %,d due timers, fired per concurrent worker %s (the scheduled worker"
                    + " took the rest)%n", TIMERS, firedPerWorker);
        } finally {
            threads.shutdown();
        }

        // the service's own scheduled worker may have taken part too; together they fired each timer once
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.count("""
                SELECT count(*) FROM sla_timer t JOIN sla_clock c ON c.id = t.clock_id
                WHERE c.policy_id = $1 AND t.fired_at IS NULL""", batch) == 0);
        assertThat(probe.count("""
                SELECT count(*) FROM outbox_event o JOIN sla_clock c ON o.ce_subject = c.lead_id::text
                WHERE c.policy_id = $1 AND o.ce_type = '%s'""".formatted(EventType.SLA_WARNING.ceType()), batch))
                .isEqualTo(TIMERS);
        assertThat(probe.count("""
                SELECT count(DISTINCT o.ce_subject) FROM outbox_event o JOIN sla_clock c ON o.ce_subject = c.lead_id::text
                WHERE c.policy_id = $1 AND o.topic = $2""", batch, Topics.SLA_ALERTS)).isEqualTo(TIMERS);
        // the load's clocks stay open after their warnings; retire them so the open-clock list other tests read
        // (due-ordered, limited) is not 10,000 rows of load
        database.preparedQuery("UPDATE sla_clock SET state = 'SUPERSEDED', stopped_at = due_at WHERE policy_id = $1")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(60));
    }

    @Test
    void overdueBreachFiresWithItsLateness() {
        String batch = "overdue-" + UUID.randomUUID();
        Instant due = clock.instant().minus(Duration.ofHours(3));
        insertClocks(batch, 1, due);
        database.preparedQuery("""
                INSERT INTO sla_timer (id, clock_id, lead_id, kind, step, due_at)
                SELECT gen_random_uuid(), id, lead_id, 'BREACH', 0, due_at FROM sla_clock WHERE policy_id = $1""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(30)).until(() -> probe.count(
                "SELECT count(*) FROM sla_clock WHERE policy_id = $1 AND breach_fired_at IS NOT NULL", batch) == 1);
        assertThat(probe.count("SELECT min(lateness_seconds) FROM sla_clock WHERE policy_id = $1", batch))
                .isGreaterThanOrEqualTo(Duration.ofHours(3).toSeconds());
        assertThat(probe.count("""
                SELECT count(*) FROM outbox_event o JOIN sla_clock c ON o.ce_subject = c.lead_id::text
                WHERE c.policy_id = $1 AND o.ce_type = '%s'""".formatted(EventType.SLA_BREACHED.ceType()), batch))
                .isEqualTo(1);
    }

    @Test
    void alertLagOpenTimersAndBreachesAreMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("leadbridge_sla_alert_lag_seconds_count"))
                .body(containsString("leadbridge_sla_alert_lag_seconds_bucket"))
                .body(containsString("leadbridge_sla_timers_open"))
                .body(containsString("leadbridge_sla_breaches_total"))
                .body(containsString("leadbridge_sla_timer_runs_failed_total"));
    }

    private void insertDueWarnings(String batch, int count, Instant due) {
        insertClocks(batch, count, due);
        database.preparedQuery("""
                INSERT INTO sla_timer (id, clock_id, lead_id, kind, step, due_at)
                SELECT gen_random_uuid(), id, lead_id, 'WARNING', 0, warn_at FROM sla_clock WHERE policy_id = $1""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(30));
    }

    private void insertClocks(String batch, int count, Instant due) {
        OffsetDateTime at = OffsetDateTime.ofInstant(due, ZoneOffset.UTC);
        database.preparedQuery("""
                INSERT INTO sla_clock (id, lead_id, policy_id, time_mode, calendar_id, owner_id, team_id, channel,
                                       started_at, warn_at, due_at, state, breached)
                SELECT gen_random_uuid(), gen_random_uuid(), $1, 'WALL', 'default', 'rep-' || n, 'team-1',
                       'PAID_SEARCH', $2, $2, $2, 'OPEN', false
                FROM generate_series(1, $3) AS n""")
                .execute(Tuple.of(batch, at, count)).await().atMost(Duration.ofSeconds(30));
    }
}
