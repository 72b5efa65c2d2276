package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.persistence.ReadModelRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from the topics: in one transaction it empties the read-model tables and forgets which
 * events this service's consumers processed, then rewinds the consumers to the beginning of their topics, and the
 * ordinary consumers project every event again. The figures come out the same because the projection is a function
 * of the events alone, whatever their order across topics.
 * <p>
 * Events arriving between the two steps are harmless: one handled after the tables were emptied is applied and then
 * skipped as a duplicate when the replay reaches it again. Until the replay has caught up, reports show partial
 * figures; that is the price of a rebuild, which is why it is an explicit admin action.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    private final ReadModelRepository repository;
    private final EventReplay replay;
    private final Clock clock;

    ReadModelRebuild(ReadModelRepository repository, EventReplay replay, Clock clock) {
        this.repository = repository;
        this.replay = replay;
        this.clock = clock;
    }

    /** Starts a rebuild and answers when the replay has begun; the time it was requested. */
    public Uni<Instant> start() {
        Instant requestedAt = clock.instant();
        return replay.requireWholeTopics()
                .chain(() -> Panache.withTransaction(() -> repository.clearReadModel(replay.inboxConsumers())))
                .chain(replay::rewindToBeginning)
                .invoke(() -> LOG.infof("Read model cleared; replaying every consumed topic from the beginning"))
                .replaceWith(requestedAt);
    }
}
