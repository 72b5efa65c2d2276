package dev.leadbridge.qualification.application;

import dev.leadbridge.events.PoisonEventException;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Forgets the person behind a lead when intake announces their erasure: the lead keeps its stages, owner, score and
 * amounts (and so every figure), and loses who the person is, the free text written about them, the link to their
 * browser and the published events that carried any of it. Runs inside the inbox transaction, once per event.
 */
@ApplicationScoped
public class PersonErasures {

    private static final Logger LOG = Logger.getLogger(PersonErasures.class);

    private final LeadRepository leads;
    private final LeadStore store;
    private final TouchpointRepository touchpoints;
    private final Outbox outbox;

    PersonErasures(LeadRepository leads, LeadStore store, TouchpointRepository touchpoints, Outbox outbox) {
        this.leads = leads;
        this.store = store;
        this.touchpoints = touchpoints;
        this.outbox = outbox;
    }

    public Uni<Void> onErased(CloudEventAttributes event, PersonErased erased) {
        return leads.lockLead(erased.leadId()).chain(() -> store.find(erased.leadId())).chain(lead -> {
            if (lead == null) {
                // the erasure follows its capture on the lead's partition: a capture that never arrived was
                // dead-lettered, and re-driving it alone would bring the person back, so this waits there with it
                throw new PoisonEventException("lead " + erased.leadId() + " is unknown here; re-drive this erasure "
                        + "after its capture");
            }
            lead.erasePerson(erased.erasedAt());
            return store.save(lead, List.of())
                    .chain(() -> touchpoints.forgetVisitor(lead.id()))
                    .chain(() -> outbox.forget(lead.id().toString()))
                    .invoke(() -> LOG.infof("Lead %s: person erased (erasure %s, event %s)", lead.id(),
                            erased.erasureId(), event.id()));
        }).replaceWithVoid();
    }
}
