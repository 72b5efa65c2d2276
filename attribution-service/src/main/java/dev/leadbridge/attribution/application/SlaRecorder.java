package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.persistence.ReadModelRepository;
import dev.leadbridge.attribution.persistence.SlaClockEntity;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaWarning;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Projects {@code sla.alerts} into one {@link SlaClockEntity} per timer. Runs inside the inbox transaction; every
 * handler only fills in or raises what its event knows (never clears a field), so applying a timer's events again, or
 * in another order, leaves the same row.
 */
@ApplicationScoped
public class SlaRecorder {

    private static final Logger LOG = Logger.getLogger(SlaRecorder.class);

    private final ReadModelRepository repository;

    SlaRecorder(ReadModelRepository repository) {
        this.repository = repository;
    }

    public Uni<Void> warning(CloudEventAttributes event, SlaWarning warning) {
        return update(event, warning.timerId(), warning.leadId(), warning.policyId(), clock -> {
            clock.startedAt = warning.startedAt();
            clock.dueAt = warning.dueAt();
            clock.warnedAt = earliest(clock.warnedAt, warning.warnedAt());
            fillOwner(clock, warning.ownerId(), warning.teamId());
        });
    }

    public Uni<Void> breached(CloudEventAttributes event, SlaBreached breached) {
        return update(event, breached.timerId(), breached.leadId(), breached.policyId(), clock -> {
            clock.dueAt = breached.dueAt();
            clock.breachedAt = earliest(clock.breachedAt, breached.breachedAt());
            clock.breached = true;
            fillOwner(clock, breached.ownerId(), breached.teamId());
        });
    }

    public Uni<Void> escalated(CloudEventAttributes event, SlaEscalated escalated) {
        return update(event, escalated.timerId(), escalated.leadId(), escalated.policyId(), clock -> {
            clock.escalationSteps = Math.max(clock.escalationSteps, escalated.step());
            fillOwner(clock, escalated.ownerId(), escalated.teamId());
        });
    }

    public Uni<Void> met(CloudEventAttributes event, SlaMet met) {
        return update(event, met.timerId(), met.leadId(), met.policyId(), clock -> {
            clock.startedAt = met.startedAt();
            clock.dueAt = met.dueAt();
            clock.stoppedAt = met.stoppedAt();
            clock.outcome = met.outcome().name();
            clock.elapsedWallSeconds = met.elapsedWall().toSeconds();
            clock.elapsedBusinessSeconds = met.elapsedBusiness().toSeconds();
            clock.breached = clock.breached || met.breached();
            fillOwner(clock, met.ownerId(), met.teamId());
        });
    }

    private Uni<Void> update(CloudEventAttributes event, UUID timerId, UUID leadId, String policyId,
                             Consumer<SlaClockEntity> change) {
        LOG.debugf("Lead %s: SLA clock %s, %s (event %s)", leadId, timerId, event.type(), event.id());
        return repository.findSlaClock(timerId).chain(existing -> {
            if (existing != null) {
                change.accept(existing);
                return Uni.createFrom().voidItem();
            }
            SlaClockEntity clock = new SlaClockEntity();
            clock.timerId = timerId;
            clock.leadId = leadId;
            clock.policyId = policyId;
            change.accept(clock);
            return repository.persist(clock).replaceWithVoid();
        });
    }

    private static void fillOwner(SlaClockEntity clock, String ownerId, String teamId) {
        clock.ownerId = clock.ownerId == null ? ownerId : clock.ownerId;
        clock.teamId = clock.teamId == null ? teamId : clock.teamId;
    }

    private static Instant earliest(Instant known, Instant candidate) {
        return known == null || candidate.isBefore(known) ? candidate : known;
    }
}
