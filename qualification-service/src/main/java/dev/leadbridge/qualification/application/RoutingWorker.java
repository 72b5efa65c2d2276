package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.wakeup.DatabaseNotifications;
import dev.leadbridge.platform.wakeup.WakeableJob;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private final LeadStore store;
    private final LeadRouting routing;
    private final DatabaseNotifications notifications;
    private final Clock clock;
    private final int batchSize;
    private final WakeableJob job;
    private final DistributionSummary batchSizes;
    private final Timer waited;

    RoutingWorker(LeadRepository leads, LeadStore store, LeadRouting routing, DatabaseNotifications notifications,
                  Vertx vertx, Clock clock, MeterRegistry registry,
                  @ConfigProperty(name = "leadbridge.qualification.routing.batch-size") int batchSize) {
        this.leads = leads;
        this.store = store;
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
        return leads.claimRoutingRequested(batchSize).map(LeadStore::toLeads).chain(claimed -> leads
                .tryLockLeads(claimed.stream().map(Lead::id).toList())
                .chain(locked -> {
                    List<Lead> lockedLeads = claimed.stream().filter(lead -> locked.contains(lead.id())).toList();
                    List<Lead> waiting = new ArrayList<>();
                    List<LeadStore.Decided> movedOn = new ArrayList<>();
                    for (Lead lead : lockedLeads) {
                        Instant requestedAt = lead.routingRequestedAt();
                        if (lead.stillWantsRouting()) {
                            waited.record(Duration.between(requestedAt, clock.instant()));
                            waiting.add(lead);
                        } else {
                            movedOn.add(new LeadStore.Decided(lead, List.of()));
                        }
                    }
                    batchSizes.record(waiting.size());
                    // a lead that moved on since it asked (recycled, taken by hand) only loses its request; one this
                    // transaction could not lock is left as it is, for the next run
                    return store.saveAll(movedOn)
                            .chain(() -> routing.assignRequested(waiting))
                            .replaceWith(new Batch(claimed.size(), waiting.size()));
                }));
    }
}
