package dev.leadbridge.platform.wakeup;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A background job that runs when woken (a database notification, a tick), one run at a time. Wake-ups during a run
 * are remembered, never queued: however many arrive, one more run follows and picks up everything. Each run gets a
 * fresh Vert.x duplicated context marked safe, as Hibernate Reactive needs, so nothing of whoever woke it (a
 * request's session, say) leaks in.
 */
public final class WakeableJob {

    private static final Logger LOG = Logger.getLogger(WakeableJob.class);

    private final String name;
    private final Vertx vertx;
    private final Supplier<Uni<?>> run;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenDuringRun = new AtomicBoolean();

    /** A job named {@code name} in logs that runs {@code run}; a failed run is logged and the next wake-up retries. */
    public WakeableJob(String name, Vertx vertx, Supplier<Uni<?>> run) {
        this.name = name;
        this.vertx = vertx;
        this.run = run;
    }

    /** Starts a run now, or one right after the current one ends. Any thread. */
    public void wake() {
        wokenDuringRun.set(true);
        if (running.compareAndSet(false, true)) {
            wokenDuringRun.set(false);
            runOnFreshContext();
        }
    }

    private void runOnFreshContext() {
        Context context = VertxContext.createNewDuplicatedContext(VertxContext.getRootContext(
                vertx.getOrCreateContext()));
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(run).subscribe().with(
                done -> finishRun(),
                failure -> {
                    LOG.warnf("%s: run failed, the next wake-up retries: %s", name, failure.getMessage());
                    finishRun();
                }));
    }

    private void finishRun() {
        running.set(false);
        if (wokenDuringRun.get()) {
            wake();
        }
    }
}
