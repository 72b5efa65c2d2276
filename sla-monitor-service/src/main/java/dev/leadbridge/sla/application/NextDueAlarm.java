package dev.leadbridge.sla.application;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the timer worker at the next due instant. Quarkus' scheduler ticks once a second, so a timer falling due
 * between ticks would wait up to a second; after each run the worker asks for the earliest claimable due time and,
 * when it comes before the next tick, a one-shot Vert.x timer runs the worker then. The scheduled tick stays the
 * safety net (and catches what other replicas or a moved test clock change).
 */
@ApplicationScoped
class NextDueAlarm {

    private static final Logger LOG = Logger.getLogger(NextDueAlarm.class);
    private static final String NEXT_DUE = """
            SELECT min(due_at) FROM sla_timer WHERE fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL""";

    private final Vertx vertx;
    private final Pool pool;
    private final Clock clock;
    private final Duration tick;
    private final AtomicBoolean armed = new AtomicBoolean();

    NextDueAlarm(Vertx vertx, Pool pool, Clock clock,
                 @ConfigProperty(name = "leadbridge.sla.timers.poll-interval") Duration tick) {
        this.vertx = vertx;
        this.pool = pool;
        this.clock = clock;
        this.tick = tick;
    }

    /** Arms the alarm for {@code run} if the next timer falls due before the next tick and no alarm is set yet. */
    Uni<Void> armFor(Supplier<Uni<?>> run) {
        return pool.query(NEXT_DUE).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime next = row.getOffsetDateTime(0);
                    if (next != null) {
                        armIfBeforeTick(next.toInstant(), run);
                    }
                })
                .replaceWithVoid();
    }

    private void armIfBeforeTick(Instant nextDue, Supplier<Uni<?>> run) {
        long delayMillis = Duration.between(clock.instant(), nextDue).toMillis();
        if (delayMillis >= tick.toMillis() || !armed.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(Math.max(1, delayMillis), timerId -> {
            armed.set(false);
            onSafeContext(run);
        });
    }

    /**
     * Hibernate Reactive needs a duplicated context marked safe, as the scheduler gives its methods; a fresh one, so
     * nothing of the run that set the alarm (its session, say) is seen again.
     */
    private static void onSafeContext(Supplier<Uni<?>> run) {
        Context context = VertxContext.createNewDuplicatedContext(VertxContext.getRootContext(Vertx.currentContext()));
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run.get().subscribe().with(
                done -> { },
                failure -> LOG.warnf("Timer worker: alarm run failed, the next tick retries: %s",
                        failure.getMessage())));
    }
}
