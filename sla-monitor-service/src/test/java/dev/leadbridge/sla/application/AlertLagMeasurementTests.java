package dev.leadbridge.sla.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.sla.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures alert lag (fired - due) of the scheduled timer worker with {@value #OPEN} timers open, a batch of
 * {@value #DUE} of them falling due, and prints p50/p99/max. A measurement, not a test: it asserts only that every
 * timer of the batch fired. Left out of the default build; run it with
 * {@code ./mvnw verify -pl sla-monitor-service -am -Pmeasurement}. The embedded PostgreSQL runs with fsync and
 * synchronous commit off, so the figures are an upper bound on what the worker itself adds, not durable-disk figures.
 */
@Tag("measurement")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class AlertLagMeasurementTests {

    private static final int OPEN = 10_000;
    private static final int DUE = 1_000;
    private static final Duration SPREAD = Duration.ofSeconds(20);

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @ConfigProperty(name = "leadbridge.sla.timers.poll-interval")
    String pollInterval;

    @ConfigProperty(name = "leadbridge.sla.timers.batch-size")
    int batchSize;

    /** The batch falls due one timer after another over {@link #SPREAD} of real time, as leads arrive. */
    @Test
    void timersFallingDueSteadily() {
        String batch = "steady-" + UUID.randomUUID();
        topUpOpenTimers(batch, OPEN - DUE);
        Instant first = clock.instant().plusSeconds(5);
        insertTimers(batch, DUE, first, SPREAD.dividedBy(DUE));

        report("steady: " + DUE + " due over " + SPREAD.toSeconds() + " s", awaitLags(batch));
    }

    /** The whole batch falls due at once: the service clock jumps past it, as after a pause in processing. */
    @Test
    void timersFallingDueAtOnce() {
        String batch = "burst-" + UUID.randomUUID();
        topUpOpenTimers(batch, OPEN - DUE);
        insertTimers(batch, DUE, clock.instant().plus(Duration.ofMinutes(10)), Duration.ZERO);
        clock.advance(Duration.ofMinutes(10));

        report("burst: " + DUE + " due at the same instant", awaitLags(batch));
    }

    private Histogram awaitLags(String batch) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> fired(batch) == DUE);
        Histogram lags = new Histogram(3);
        for (Row row : database.preparedQuery("""
                        SELECT (extract(epoch FROM t.fired_at - t.due_at) * 1000000)::bigint AS lag_micros
                        FROM sla_timer t JOIN sla_clock c ON c.id = t.clock_id
                        WHERE c.policy_id = $1 AND t.fired_at IS NOT NULL""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(30))) {
            lags.recordValue(Math.max(0, row.getLong("lag_micros")));
        }
        assertThat(lags.getTotalCount()).isEqualTo(DUE);
        return lags;
    }

    private long fired(String batch) {
        return database.preparedQuery("""
                        SELECT count(*) FROM sla_timer t JOIN sla_clock c ON c.id = t.clock_id
                        WHERE c.policy_id = $1 AND t.fired_at IS NOT NULL""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private void report(String scenario, Histogram lagMicros) {
        System.out.printf(Locale.ROOT, "%nALERT LAG (fired - due), %s, %d timers open, poll every %s, batches of %d:"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n%n", scenario, OPEN, pollInterval, batchSize,
                lagMicros.getValueAtPercentile(50) / 1000.0, lagMicros.getValueAtPercentile(99) / 1000.0,
                lagMicros.getMaxValue() / 1000.0, lagMicros.getTotalCount());
    }

    /** Adds timers due in a month until {@code open} are pending, whatever earlier measurements left. */
    private void topUpOpenTimers(String batch, int open) {
        long pending = database.query("SELECT count(*) FROM sla_timer WHERE fired_at IS NULL AND cancelled_at IS NULL")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        if (pending < open) {
            insertTimers(batch + "-open", (int) (open - pending), clock.instant().plus(Duration.ofDays(30)),
                    Duration.ofSeconds(1));
        }
    }

    /** {@code count} open clocks of the batch, each with a warning timer, the first due at {@code first}. */
    private void insertTimers(String batch, int count, Instant first, Duration step) {
        OffsetDateTime at = OffsetDateTime.ofInstant(first, ZoneOffset.UTC);
        long stepMicros = step.toNanos() / 1000;
        database.preparedQuery("""
                INSERT INTO sla_clock (id, lead_id, policy_id, time_mode, calendar_id, owner_id, team_id, channel,
                                       started_at, warn_at, due_at, state, breached)
                SELECT gen_random_uuid(), gen_random_uuid(), $1, 'WALL', 'default', 'rep-' || n, 'team-1',
                       'PAID_SEARCH', $2, $2 + make_interval(secs => n * $4 / 1000000.0),
                       $2 + make_interval(secs => n * $4 / 1000000.0), 'OPEN', false
                FROM generate_series(0, $3 - 1) AS n""")
                .execute(Tuple.of(batch, at, count, stepMicros)).await().atMost(Duration.ofSeconds(60));
        database.preparedQuery("""
                INSERT INTO sla_timer (id, clock_id, lead_id, kind, step, due_at)
                SELECT gen_random_uuid(), id, lead_id, 'WARNING', 0, warn_at FROM sla_clock WHERE policy_id = $1""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(60));
    }
}
