package dev.leadbridge.qualification.application;

import dev.leadbridge.events.PoisonEventException;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    LeadUpdates(LeadRepository leads, LeadStore store, TouchpointRepository touchpoints, LeadScoring scoring) {
        this.leads = leads;
        this.store = store;
        this.touchpoints = touchpoints;
        this.scoring = scoring;
    }

    public Uni<Void> onUpdated(CloudEventAttributes event, LeadUpdated update) {
        return leads.lockLead(update.leadId()).chain(() -> store.find(update.leadId())).chain(lead -> {
            if (lead == null) {
                // the update follows its capture on the lead's partition: a capture that never arrived was
                // dead-lettered, and this update must wait for it there
                throw new PoisonEventException("lead " + update.leadId() + " is unknown here; re-drive this update "
                        + "after its capture");
            }
            lead.updateDetails(update);
            LOG.infof("Lead %s: %s changed (event %s)", lead.id(), fieldsOf(update), event.id());
            return touchpoints.stitch(lead.details().visitorId(), lead.id()).chain(() -> scoring.rescore(lead));
        });
    }

    private static String fieldsOf(LeadUpdated update) {
        return String.join(", ", update.changes().stream().map(change -> change.field().wire()).toList());
    }
}
