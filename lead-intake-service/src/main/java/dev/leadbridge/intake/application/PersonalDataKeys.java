package dev.leadbridge.intake.application;

import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.domain.PersonErasedException;
import dev.leadbridge.intake.persistence.LeadKeyEntity;
import dev.leadbridge.intake.persistence.LeadKeyRepository;
import dev.leadbridge.intake.persistence.LeadRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * The personal-data keys of leads (crypto-shredding): the events that tell who a person is go out sealed under their
 * lead's key, services that must show the person ask intake for it, and erasing the person deletes it, after which
 * no sealed copy anywhere (topics kept forever, dead letters, backups of them) can be read again.
 */
@ApplicationScoped
public class PersonalDataKeys {

    private final LeadKeyRepository keys;
    private final LeadRepository leads;
    private final Clock clock;

    PersonalDataKeys(LeadKeyRepository keys, LeadRepository leads, Clock clock) {
        this.keys = keys;
        this.leads = leads;
        this.clock = clock;
    }

    /**
     * A new lead's key, made with the lead: nothing to look up first. Call inside the transaction that writes the
     * lead and its capture.
     */
    Uni<PersonalDataKey> create(UUID leadId) {
        PersonalDataKey key = PersonalDataKey.generate();
        LeadKeyEntity row = new LeadKeyEntity();
        row.leadId = leadId;
        row.secret = key.bytes();
        row.createdAt = clock.instant();
        return keys.persist(row).replaceWith(key);
    }

    /**
     * A known lead's key, made now for a lead captured before keys existed. Call inside the transaction that writes
     * the event it seals.
     */
    Uni<PersonalDataKey> of(UUID leadId) {
        return keys.findById(leadId).chain(found -> found == null
                ? create(leadId)
                : Uni.createFrom().item(PersonalDataKey.of(found.secret)));
    }

    /** Deletes the lead's key, within the erasure's transaction. */
    Uni<Void> destroy(UUID leadId) {
        return keys.deleteById(leadId).replaceWithVoid();
    }

    /**
     * The key for a service that shows the person (qualification, to a rep).
     *
     * @throws NotFoundException      for a lead intake does not know
     * @throws PersonErasedException  for a lead whose person was erased: their key is gone for good
     */
    @WithSession
    public Uni<PersonalDataKey> forService(UUID leadId) {
        return leads.findById(leadId).chain(lead -> {
            if (lead == null) {
                throw new NotFoundException("No lead " + leadId);
            }
            if (lead.erased()) {
                throw new PersonErasedException("The person behind lead " + leadId + " was erased; their key is "
                        + "gone.");
            }
            return keys.findById(leadId).map(found -> {
                if (found == null) {
                    // every event of the lead so far went out unsealed: nothing to open
                    throw new NotFoundException("Lead " + leadId + " has no personal-data key.");
                }
                return PersonalDataKey.of(found.secret);
            });
        });
    }
}
