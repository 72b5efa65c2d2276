package dev.leadbridge.intake.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.intake.domain.LeadMerge;
import dev.leadbridge.intake.persistence.LeadChangeEntity;
import dev.leadbridge.intake.persistence.LeadChangeRepository;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Applies what the merge rule decided to a lead: its new details, a history row per changed field and one
 * {@code lead.updated} event, in the caller's transaction. A merge that changed nothing writes nothing.
 */
@ApplicationScoped
class LeadChanges {

    private final LeadChangeRepository history;
    private final Outbox outbox;

    LeadChanges(LeadChangeRepository history, Outbox outbox) {
        this.history = history;
        this.outbox = outbox;
    }

    Uni<Void> apply(LeadEntity lead, LeadMerge.Merged merged, Instant now) {
        if (!merged.changedAnything()) {
            return Uni.createFrom().voidItem();
        }
        lead.person(merged.details(), now);
        List<LeadChangeEntity> rows = merged.changes().stream()
                .map(change -> LeadChangeEntity.of(lead.id, change.field().wire(), change.oldValue(),
                        change.newValue(), now))
                .toList();
        return history.persist(rows)
                .chain(() -> outbox.enqueue(EventType.LEAD_UPDATED, lead.id, LeadEvents.updated(lead, merged.changes())))
                .replaceWithVoid();
    }
}
