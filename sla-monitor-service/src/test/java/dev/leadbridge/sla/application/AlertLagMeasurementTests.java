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
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Measures alert lag (fired - due) of the timer worker and prints p50/p90/p99/max. A measurement, not a test: it
 * asserts only that every timer of a batch fired. Left out of the default build; run it with
 * {@code ./mvnw verify -pl sla-monitor-service -am -Pmeasurement}. The embedded PostgreSQL runs with fsync and
 * synchronous commit off, so the figures are an upper bound on what the worker itself adds, not durable-disk figures.
 *
 * <p>How the cost grows with work (issue #8): for each count of open timers in the system property
 * {@value #OPEN_TIMERS_PROPERTY} (default {@value #DEFAULT_OPEN_TIMERS}; e.g. {@code -D}{@value #OPEN_TIMERS_PROPERTY}
 * {@code =10000,100000} for a quicker run), open clocks are seeded with SQL until that many timers are pending, then
 * timers fall due at {@value #RATE_PER_SECOND} per second for {@link #WINDOW}. Counts only grow, so one run visits
 * them in ascending order on the same tables.
 */
@Tag("measurement")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertLagMeasurementTests {

    static final String OPEN_TIMERS_PROPERTY = "leadbridge.measurement.open-timers";
    static final String DEFAULT_OPEN_TIMERS = "10000,100000,1000000";
    private static final int BURST_OPEN = 10_000;
    private static final int BURST = 1_000;
    private static final int BURSTS = 3;
    private static final int RATE_PER_SECOND = 1_000;
    private static final Duration WINDOW = Duration.ofSeconds(20);
    /** Time to insert a window's timers before the first falls due, so none is already late when it is written. */
    private static final Duration LEAD_TIME = Duration.ofSeconds(10);
    /** The open clocks' timers fall due a month ahead: open and claimable, but never due during a measurement. */
    private static final Duration FAR_AHEAD = Duration.ofDays(30);

    /** The worker's claim query ({@code TimerRepository.claimDue}), with the reactive client's parameters. */
    private static final String CLAIM = """
            SELECT * FROM sla_timer
            WHERE fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL AND due_at <= $1
            ORDER BY due_at LIMIT $2
            FOR UPDATE SKIP LOCKED""";
    private static final String PENDING =
            "SELECT count(*) FROM sla_timer WHERE fired_at IS NULL AND cancelled_at IS NULL";

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @ConfigProperty(name = "leadbridge.sla.timers.poll-interval")
    String pollInterval;

    @ConfigProperty(name = "leadbridge.sla.timers.batch-size")
    int batchSize;

    /**
     * The whole batch falls due at once: the service clock jumps past it, as after a pause in processing. Repeated, as
     * one burst's figures depend on where in the scheduler's tick the jump lands: the least lag is that wait, the
     * spread to the most is the worker firing the batch.
     */
    @Test
    @Order(1)
    void timersFallingDueAtOnce() {
        for (int burst = 1; burst <= BURSTS; burst++) {
            String batch = "burst-" + UUID.randomUUID();
            seedOpenTimers(batch, BURST_OPEN - BURST);
            insertTimers(batch, BURST, clock.instant().plus(Duration.ofMinutes(10)), Duration.ZERO);
            clock.advance(Duration.ofMinutes(10));

            awaitFired(Duration.ofMinutes(10));
            report("burst " + burst + " of " + BURSTS + ": " + BURST + " due at the same instant", pending(),
                    lags(batch, BURST));
        }
    }

    /**
     * For each count of open timers, ascending: timers fall due one after another at {@value #RATE_PER_SECOND} a
     * second for {@link #WINDOW} of real time, as leads arrive, while the open ones sit in the same table and indexes.
     * A first window, reported as warm-up, lets the JIT compile the worker's path so the smallest count is not charged
     * for it.
     */
    @Test
    @Order(2)
    void timersFallingDueSteadilyAmongGrowingOpenTimers() {
        steadyWindow("warm-up", "steady-warm-up-" + UUID.randomUUID(), pending(), "no setup");
        for (int open : openTimerCounts()) {
            String batch = "steady-" + open + "-" + UUID.randomUUID();
            long setupStarted = System.nanoTime();
            seedOpenTimers(batch, open);
            Duration setup = Duration.ofNanos(System.nanoTime() - setupStarted);
            long pendingBefore = pending();
            System.out.printf(Locale.ROOT, "%nSETUP %,d timers open (wanted %,d) in %.1f s, load average %.2f%n",
                    pendingBefore, open, setup.toMillis() / 1000.0, loadAverage());
            explain("claim query before the window, " + open + " open", false);
            steadyWindow("steady", batch, pendingBefore,
                    String.format(Locale.ROOT, "setup %.1f s", setup.toMillis() / 1000.0));
            explain("claim query after the window, " + open + " open", true);
            explainOpenTimerCount(open);
        }
    }

    private void steadyWindow(String label, String batch, long open, String setup) {
        int due = (int) (RATE_PER_SECOND * WINDOW.toSeconds());
        Instant first = clock.instant().plus(LEAD_TIME);
        insertTimers(batch, due, first, Duration.ofSeconds(1).dividedBy(RATE_PER_SECOND));
        assertThat(clock.instant()).as("the window's timers were written before the first fell due").isBefore(first);
        double loadAtStart = loadAverage();

        awaitFired(WINDOW.plus(LEAD_TIME).plus(Duration.ofMinutes(5)));
        report(String.format(Locale.ROOT, "%s: %d/s due for %d s (load average %.2f at start), %s", label,
                RATE_PER_SECOND, WINDOW.toSeconds(), loadAtStart, setup), open, lags(batch, due));
    }

    private static List<Integer> openTimerCounts() {
        return Arrays.stream(System.getProperty(OPEN_TIMERS_PROPERTY, DEFAULT_OPEN_TIMERS).split(","))
                .map(String::strip).filter(count -> !count.isEmpty()).map(Integer::valueOf).sorted().toList();
    }

    /**
     * Waits until no timer due before the open ones is left, so the batch has fired. Asks the claimable-due index
     * only, so polling costs the worker little, unlike a scan of the open timers.
     */
    private void awaitFired(Duration atMost) {
        OffsetDateTime horizon = OffsetDateTime.ofInstant(clock.instant().plus(FAR_AHEAD.dividedBy(2)), ZoneOffset.UTC);
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> database.preparedQuery("""
                        SELECT count(*) FROM sla_timer
                        WHERE fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL AND due_at < $1""")
                .execute(Tuple.of(horizon)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0) == 0);
    }

    private Histogram lags(String batch, int expected) {
        Histogram lags = new Histogram(3);
        for (Row row : database.preparedQuery("""
                        SELECT (extract(epoch FROM t.fired_at - t.due_at) * 1000000)::bigint AS lag_micros
                        FROM sla_timer t JOIN sla_clock c ON c.id = t.clock_id
                        WHERE c.policy_id = $1 AND t.fired_at IS NOT NULL""")
                .execute(Tuple.of(batch)).await().atMost(Duration.ofSeconds(60))) {
            lags.recordValue(Math.max(0, row.getLong("lag_micros")));
        }
        assertThat(lags.getTotalCount()).isEqualTo(expected);
        return lags;
    }

    private long pending() {
        return database.query(PENDING).execute().await().atMost(Duration.ofSeconds(30)).iterator().next().getLong(0);
    }

    private void report(String scenario, long open, Histogram lagMicros) {
        System.out.printf(Locale.ROOT, "%nALERT LAG (fired - due), %s, %,d timers open, poll every %s, batches of %d:"
                        + " min %.1f ms, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d),"
                        + " load average %.2f%n%n",
                scenario, open, pollInterval, batchSize, lagMicros.getMinValue() / 1000.0,
                lagMicros.getValueAtPercentile(50) / 1000.0,
                lagMicros.getValueAtPercentile(90) / 1000.0, lagMicros.getValueAtPercentile(99) / 1000.0,
                lagMicros.getMaxValue() / 1000.0, lagMicros.getTotalCount(), loadAverage());
    }

    /**
     * Prints the claim query's plans: the custom plan, made for the parameters of one execution, and the generic
     * plan, which PostgreSQL may settle on for a prepared statement executed over and over, as the worker's is. With
     * {@code analyze} both run too, when nothing is due: the buffers they touch show whether the claim reads past
     * the open timers (or the dead index entries of the fired ones).
     */
    private void explain(String title, boolean analyze) {
        String now = "'" + clock.instant() + "'";
        String options = analyze ? "(ANALYZE, BUFFERS, COSTS)" : "(COSTS)";
        for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
            String plan = database.withTransaction(connection -> connection
                            .query("SET LOCAL plan_cache_mode = " + mode).execute()
                            .chain(() -> connection.query(
                                    "PREPARE measured_claim (timestamptz, integer) AS " + CLAIM).execute())
                            .chain(() -> connection.query("EXPLAIN " + options + " EXECUTE measured_claim (" + now
                                    + ", " + batchSize + ")").execute())
                            .call(() -> connection.query("DEALLOCATE measured_claim").execute()))
                    .await().atMost(Duration.ofSeconds(60))
                    .stream().map(row -> "  " + row.getString(0)).collect(Collectors.joining("\n"));
            System.out.printf("%nEXPLAIN %s, %s:%n%s%n", title, mode, plan);
        }
    }

    /**
     * Prints how the worker's open-timer gauge counts (every 5 s, {@code TimerWorker.countOpenTimers}): unlike the
     * claim, it reads every open timer, so its cost grows with them.
     */
    private void explainOpenTimerCount(int open) {
        String plan = database.query("EXPLAIN (ANALYZE, BUFFERS, COSTS) " + PENDING).execute()
                .await().atMost(Duration.ofSeconds(60))
                .stream().map(row -> "  " + row.getString(0)).collect(Collectors.joining("\n"));
        System.out.printf("%nEXPLAIN open-timer count, %d open:%n%s%n", open, plan);
    }

    /**
     * Adds open clocks as the service writes them (a warning, a breach and two escalation steps each, on the default
     * policy's shape) until at least {@code open} timers are pending, whatever earlier measurements left; their
     * timers fall due a month ahead, spread over the following days. Statistics are refreshed afterwards, as
     * autovacuum would have done for a table that grew to this size over time.
     */
    private void seedOpenTimers(String batch, int open) {
        long missing = open - pending();
        if (missing <= 0) {
            return;
        }
        OffsetDateTime start = OffsetDateTime.ofInstant(clock.instant().plus(FAR_AHEAD), ZoneOffset.UTC);
        long clocks = (missing + 3) / 4;
        database.preparedQuery("""
                WITH opened AS (
                    INSERT INTO sla_clock (id, lead_id, policy_id, time_mode, calendar_id, owner_id, team_id, channel,
                                           started_at, warn_at, due_at, state, breached)
                    SELECT gen_random_uuid(), gen_random_uuid(), $1, 'WALL', 'default', 'rep-' || (n % 100),
                           'team-' || (n % 10), 'PAID_SEARCH', $2 + make_interval(secs => n),
                           $2 + make_interval(secs => n) + interval '30 minutes',
                           $2 + make_interval(secs => n) + interval '1 hour', 'OPEN', false
                    FROM generate_series(1, $3) AS n
                    RETURNING id, lead_id, warn_at, due_at)
                INSERT INTO sla_timer (id, clock_id, lead_id, kind, step, action, due_at)
                SELECT gen_random_uuid(), opened.id, opened.lead_id, timer.kind, timer.step, timer.action,
                       CASE WHEN timer.kind = 'WARNING' THEN opened.warn_at ELSE opened.due_at + timer.after_due END
                FROM opened CROSS JOIN (VALUES ('WARNING', 0, NULL, interval '0'),
                                               ('BREACH', 0, NULL, interval '0'),
                                               ('ESCALATION', 1, 'NOTIFY_MANAGER', interval '1 hour'),
                                               ('ESCALATION', 2, 'REASSIGN', interval '4 hours'))
                     AS timer (kind, step, action, after_due)""")
                .execute(Tuple.of(batch + "-open", start, clocks)).await().atMost(Duration.ofMinutes(15));
        database.query("ANALYZE sla_clock, sla_timer").execute().await().atMost(Duration.ofMinutes(5));
    }

    /** {@code count} open clocks of the batch, each with a warning timer, the first due at {@code first}. */
    private void insertTimers(String batch, int count, Instant first, Duration step) {
        OffsetDateTime at = OffsetDateTime.ofInstant(first, ZoneOffset.UTC);
        long stepMicros = step.toNanos() / 1000;
        database.preparedQuery("""
                WITH opened AS (
                    INSERT INTO sla_clock (id, lead_id, policy_id, time_mode, calendar_id, owner_id, team_id, channel,
                                           started_at, warn_at, due_at, state, breached)
                    SELECT gen_random_uuid(), gen_random_uuid(), $1, 'WALL', 'default', 'rep-' || n, 'team-1',
                           'PAID_SEARCH', $2, $2 + make_interval(secs => n * $4 / 1000000.0),
                           $2 + make_interval(secs => n * $4 / 1000000.0), 'OPEN', false
                    FROM generate_series(0, $3 - 1) AS n
                    RETURNING id, lead_id, warn_at)
                INSERT INTO sla_timer (id, clock_id, lead_id, kind, step, due_at)
                SELECT gen_random_uuid(), id, lead_id, 'WARNING', 0, warn_at FROM opened""")
                .execute(Tuple.of(batch, at, count, stepMicros)).await().atMost(Duration.ofSeconds(60));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
