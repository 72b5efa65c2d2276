package dev.leadbridge.intake.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.privacy.PersonalData;
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
 * {@code lead.updated} event (the person's fields sealed under the lead's key), in the caller's transaction. A merge
 * that changed nothing writes nothing.
 */
@ApplicationScoped
class LeadChanges {

    private final LeadChangeRepository history;
    private final Outbox outbox;
    private final PersonalDataKeys keys;

    LeadChanges(LeadChangeRepository history, Outbox outbox, PersonalDataKeys keys) {
        this.history = history;
        this.outbox = outbox;
        this.keys = keys;
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
                .chain(() -> keys.of(lead.id))
                .chain(key -> outbox.enqueue(EventType.LEAD_UPDATED, lead.id,
                        PersonalData.seal(LeadEvents.updated(lead, merged.changes()), key)))
                .replaceWithVoid();
    }
}
