package dev.leadbridge.qualification.application;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.platform.wakeup.DatabaseNotifications;
import dev.leadbridge.platform.wakeup.WakeableJob;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadRepository;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes the MQLs that asked for routing ({@code routing_requested_at}), oldest first, a batch per transaction under
 * one lock of the routing table. Routing each MQL inside the transaction that qualified it made every consumer wait
 * for that lock in turn, one decision at a time; a batch takes it once for every MQL waiting.
 *
 * <p>Wakes on the database notification sent when a waiting MQL is committed, on any replica; the tick catches what
 * a lost notification leaves behind. Batches are claimed with {@code SKIP LOCKED} and a lead someone is changing
 * right now is left for the next run (their commit notifies again), so replicas never wait on each other here.
 */
@ApplicationScoped
public class RoutingWorker {

    static final String NOTIFY_CHANNEL = "leadbridge_routing";

    private final LeadRepository leads;
    private final LeadRouting routing;
    private final DatabaseNotifications notifications;
    private final Clock clock;
    private final int batchSize;
    private final WakeableJob job;
    private final DistributionSummary batchSizes;
    private final Timer waited;

    RoutingWorker(LeadRepository leads, LeadRouting routing, DatabaseNotifications notifications, Vertx vertx,
                  Clock clock, MeterRegistry registry,
                  @ConfigProperty(name = "leadbridge.qualification.routing.batch-size") int batchSize) {
        this.leads = leads;
        this.routing = routing;
        this.notifications = notifications;
        this.clock = clock;
        this.batchSize = batchSize;
        this.job = new WakeableJob("Routing worker", vertx, this::routeRequested);
        this.batchSizes = DistributionSummary.builder("leadbridge.routing.batch.size")
                .description("MQLs routed per transaction of the routing worker")
                .register(registry);
        this.waited = Timer.builder("leadbridge.routing.wait")
                .description("From an MQL asking for routing to its routing decision")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        notifications.listen(NOTIFY_CHANNEL, job::wake);
    }

    @Scheduled(every = "${leadbridge.qualification.routing.poll-interval}")
    void tick() {
        job.wake();
    }

    /** Routes every MQL waiting now, batch by batch; how many were routed. Needs a safe Vert.x context. */
    public Uni<Integer> routeRequested() {
        return Panache.withTransaction(this::routeBatch)
                .chain(batch -> batch.claimed() < batchSize
                        ? Uni.createFrom().item(batch.routed())
                        : routeRequested().map(more -> batch.routed() + more));
    }

    private record Batch(int claimed, int routed) {
    }

    private Uni<Batch> routeBatch() {
        return leads.claimRoutingRequested(batchSize).chain(claimed -> leads
                .tryLockLeads(claimed.stream().map(lead -> lead.id).toList())
                .chain(locked -> {
                    List<LeadEntity> waiting = stillWaiting(claimed, Set.copyOf(locked));
                    waiting.forEach(lead -> waited.record(Duration.between(lead.routingRequestedAt,
                            clock.instant())));
                    batchSizes.record(waiting.size());
                    return routing.assignRequested(waiting).replaceWith(new Batch(claimed.size(), waiting.size()));
                }));
    }

    /**
     * The claimed leads to route now. A lead that moved on since it asked (recycled, taken by hand) only loses its
     * request; one this transaction could not lock is left as it is, for the next run.
     */
    private static List<LeadEntity> stillWaiting(List<LeadEntity> claimed, Set<UUID> locked) {
        List<LeadEntity> waiting = new ArrayList<>();
        for (LeadEntity lead : claimed) {
            if (!locked.contains(lead.id)) {
                continue;
            }
            if (lead.stage == LifecycleStage.MQL && lead.ownerId == null) {
                waiting.add(lead);
            } else {
                lead.routingRequestedAt = null;
            }
        }
        return waiting;
    }
}
