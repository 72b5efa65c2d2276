package dev.leadbridge.qualification.application;

import dev.leadbridge.events.PoisonEventException;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes a person's new details (a later submission changed their title, company size, country…) into their lead and
 * re-scores it, since fit follows who the person is: the rep sees the new values and the score they earn. A new
 * visitor id brings that browser's touchpoints along. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class LeadUpdates {

    private static final Logger LOG = Logger.getLogger(LeadUpdates.class);

    private final LeadRepository leads;
    private final LeadStore store;
    private final TouchpointRepository touchpoints;
    private final LeadScoring scoring;
    private final PersonalDataKeys keys;

    LeadUpdates(LeadRepository leads, LeadStore store, TouchpointRepository touchpoints, LeadScoring scoring,
                PersonalDataKeys keys) {
        this.leads = leads;
        this.store = store;
        this.touchpoints = touchpoints;
        this.scoring = scoring;
        this.keys = keys;
    }

    public Uni<Void> onUpdated(CloudEventAttributes event, LeadUpdated update) {
        return leads.lockLead(update.leadId()).chain(() -> store.find(update.leadId())).chain(lead -> {
            if (lead == null) {
                // the update follows its capture on the lead's partition: a capture that never arrived was
                // dead-lettered, and this update must wait for it there
                throw new PoisonEventException("lead " + update.leadId() + " is unknown here; re-drive this update "
                        + "after its capture");
            }
            if (lead.details().erased()) {
                LOG.infof("Lead %s: person erased, update ignored (event %s)", lead.id(), event.id());
                return Uni.createFrom().voidItem();
            }
            return readable(update).chain(opened -> {
                if (opened.isEmpty()) {
                    // intake no longer has the key: the person was erased, and their erasure follows this update
                    LOG.infof("Lead %s: update sealed under a key gone with the person (event %s)", lead.id(),
                            event.id());
                    return Uni.createFrom().voidItem();
                }
                lead.updateDetails(opened.get());
                LOG.infof("Lead %s: %s changed (event %s)", lead.id(), fieldsOf(update), event.id());
                return touchpoints.stitch(lead.details().visitorId(), lead.id()).chain(() -> scoring.rescore(lead));
            });
        });
    }

    /** The update with the person's sealed fields opened by the lead's key; empty when the key is gone. */
    private Uni<Optional<LeadUpdated>> readable(LeadUpdated update) {
        if (!PersonalData.isSealed(update)) {
            return Uni.createFrom().item(Optional.of(update));
        }
        return keys.keyOf(update.leadId()).map(key -> key.map(found -> PersonalData.open(update, found)));
    }

    private static String fieldsOf(LeadUpdated update) {
        return String.join(", ", update.changes().stream().map(change -> change.field().wire()).toList());
    }
}
