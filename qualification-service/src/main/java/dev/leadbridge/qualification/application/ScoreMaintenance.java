package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps scores and the team queue current without waiting for new events. Each run, in batches of its own
 * transactions:
 * <ol>
 *   <li>re-scores open leads scored under an older model, so a published model reaches every lead;</li>
 *   <li>re-scores leads marketing owns whose score was not evaluated for {@code decay.recheck-after}, so a quiet
 *   lead drifts down (and a queued MQL whose score faded goes back to nurture);</li>
 *   <li>offers every queued MQL to routing again, since reps come back from time off and capacity frees up.</li>
 * </ol>
 * Batches are claimed with {@code SKIP LOCKED}, so any number of replicas may run it at once.
 */
@ApplicationScoped
public class ScoreMaintenance {

    private static final Logger LOG = Logger.getLogger(ScoreMaintenance.class);
    /** Sorts before every real queue position: (assigned_at, id) of the first page. */
    private static final Instant QUEUE_START = Instant.EPOCH;
    private static final UUID SMALLEST_ID = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);

    private final LeadRepository leads;
    private final LeadScoring scoring;
    private final LeadRouting routing;
    private final ScoringModels models;
    private final Clock clock;
    private final Duration recheckAfter;
    private final int batchSize;
    private final Counter rescored;
    private final Counter dequeued;

    ScoreMaintenance(LeadRepository leads, LeadScoring scoring, LeadRouting routing, ScoringModels models,
                     Clock clock, MeterRegistry registry,
                     @ConfigProperty(name = "leadbridge.qualification.decay.recheck-after") Duration recheckAfter,
                     @ConfigProperty(name = "leadbridge.qualification.maintenance.batch-size") int batchSize) {
        this.leads = leads;
        this.scoring = scoring;
        this.routing = routing;
        this.models = models;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
        this.batchSize = batchSize;
        this.rescored = Counter.builder("leadbridge.scoring.rescored")
                .description("Leads re-scored by the background sweeps (model refresh and decay)")
                .register(registry);
        this.dequeued = Counter.builder("leadbridge.routing.dequeued")
                .description("Queued MQLs assigned to a rep by the queue sweep")
                .register(registry);
    }

    /** What one run did. */
    public record Run(int refreshed, int decayed, int dequeued) {
    }

    @Scheduled(every = "${leadbridge.qualification.maintenance.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return runAt(clock.instant())
                .invoke(run -> LOG.debugf("Score maintenance: %s", run))
                .onFailure().invoke(failure -> LOG.warnf("Score maintenance failed, next run retries: %s",
                        failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** One run as of {@code at}. Needs a Vert.x context. */
    public Uni<Run> runAt(Instant at) {
        return refreshModel(at).chain(refreshed -> rescoreQuiet(at).chain(decayed -> drainQueue()
                .map(assigned -> new Run(refreshed, decayed, assigned))));
    }

    /** Re-scores, as of {@code at}, every open lead scored under an older model than the one in use. */
    public Uni<Integer> refreshModel(Instant at) {
        return untilDrained(model -> leads.claimScoredBefore(model.version(), batchSize), at);
    }

    /** Re-scores, as of {@code at}, the leads marketing owns that were not evaluated for the recheck period. */
    public Uni<Integer> rescoreQuiet(Instant at) {
        Instant checkedBefore = at.minus(recheckAfter);
        return untilDrained(model -> leads.claimCheckedBefore(checkedBefore, batchSize), at);
    }

    private Uni<Integer> untilDrained(Function<ScoringModel, Uni<List<LeadEntity>>> claim, Instant at) {
        return Panache.withTransaction(() -> models.current().chain(model -> scoring.competitors()
                        .chain(competitors -> claim.apply(model).map(LeadStore::toLeads)
                                .chain(batch -> rescoreEach(batch, model, competitors, at)))))
                .chain(done -> done < batchSize
                        ? Uni.createFrom().item(done)
                        : untilDrained(claim, at).map(more -> done + more));
    }

    /** One lead after another: a session runs one operation at a time. */
    private Uni<Integer> rescoreEach(List<Lead> batch, ScoringModel model, DomainList competitors, Instant at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Lead lead : batch) {
            chain = chain.chain(() -> scoring.rescore(lead, model, competitors, at));
        }
        return chain.invoke(() -> rescored.increment(batch.size())).replaceWith(batch.size());
    }

    /** Offers each queued MQL to routing once, oldest first; the number assigned. */
    public Uni<Integer> drainQueue() {
        return drainQueueAfter(QUEUE_START, SMALLEST_ID);
    }

    private Uni<Integer> drainQueueAfter(Instant assignedAt, UUID id) {
        return Panache.withTransaction(() -> leads.claimQueuedAfter(assignedAt, id, batchSize)
                        .map(LeadStore::toLeads).chain(batch -> {
                            QueuePage page = QueuePage.before(batch);
                            return routing.assignFromQueue(batch).map(page::withAssigned);
                        }))
                .chain(page -> {
                    dequeued.increment(page.assigned());
                    return page.size() < batchSize
                            ? Uni.createFrom().item(page.assigned())
                            : drainQueueAfter(page.lastAssignedAt(), page.lastId()).map(more -> page.assigned() + more);
                });
    }

    /** A page of the queue: its size and where it ended, taken before routing moved any lead out of it. */
    private record QueuePage(int size, Instant lastAssignedAt, UUID lastId, int assigned) {

        static QueuePage before(List<Lead> batch) {
            Lead last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
            return last == null
                    ? new QueuePage(0, QUEUE_START, SMALLEST_ID, 0)
                    : new QueuePage(batch.size(), last.assignment().at(), last.id(), 0);
        }

        QueuePage withAssigned(int count) {
            return new QueuePage(size, lastAssignedAt, lastId, count);
        }
    }
}
