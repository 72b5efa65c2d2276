package dev.leadbridge.qualification.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointEntity;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Keeps each touchpoint once by its id and re-scores the lead it belongs to. A touchpoint of an anonymous visitor is
 * kept until the visitor is known as a lead; intake sends it again with the lead id once it stitched the visitor, and
 * that delivery only fills in the lead id. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class TouchpointRecorder {

    private static final Logger LOG = Logger.getLogger(TouchpointRecorder.class);

    private final TouchpointRepository touchpoints;
    private final LeadRepository leads;
    private final LeadStore store;
    private final LeadScoring scoring;
    private final Clock clock;

    TouchpointRecorder(TouchpointRepository touchpoints, LeadRepository leads, LeadStore store, LeadScoring scoring,
                       Clock clock) {
        this.touchpoints = touchpoints;
        this.leads = leads;
        this.store = store;
        this.scoring = scoring;
        this.clock = clock;
    }

    public Uni<Void> record(CloudEventAttributes event, TouchpointRecorded recorded) {
        Uni<Void> locked = recorded.leadId() == null
                ? Uni.createFrom().voidItem()
                : leads.lockLead(recorded.leadId());
        return locked.chain(() -> touchpoints.findById(recorded.touchpointId()))
                .chain(existing -> existing == null ? insert(recorded) : merge(existing, recorded))
                .chain(this::leadOf)
                .call(touchpoints::flush)
                .chain(lead -> {
                    if (lead == null) {
                        LOG.debugf("Touchpoint %s kept for a lead not known yet (event %s)",
                                recorded.touchpointId(), event.id());
                        return Uni.createFrom().voidItem();
                    }
                    LOG.debugf("Touchpoint %s of lead %s recorded (event %s)", recorded.touchpointId(), lead.id(),
                            event.id());
                    return scoring.rescore(lead);
                });
    }

    private Uni<TouchpointEntity> insert(TouchpointRecorded recorded) {
        TouchpointEntity touchpoint = new TouchpointEntity();
        touchpoint.touchpointId = recorded.touchpointId();
        touchpoint.leadId = recorded.leadId();
        touchpoint.visitorId = recorded.visitorId();
        touchpoint.type = recorded.type();
        touchpoint.occurredAt = recorded.occurredAt();
        touchpoint.recordedAt = clock.instant();
        return touchpoints.persist(touchpoint);
    }

    /** Another delivery of a known touchpoint: it may only add what was missing, the lead id above all. */
    private static Uni<TouchpointEntity> merge(TouchpointEntity existing, TouchpointRecorded recorded) {
        if (existing.leadId == null && recorded.leadId() != null) {
            existing.leadId = recorded.leadId();
        }
        if (existing.visitorId == null && recorded.visitorId() != null) {
            existing.visitorId = recorded.visitorId();
        }
        return Uni.createFrom().item(existing);
    }

    /** The lead the touchpoint belongs to, if it is known here yet; stitches it by visitor id when it can. */
    private Uni<Lead> leadOf(TouchpointEntity touchpoint) {
        if (touchpoint.leadId != null) {
            return store.find(touchpoint.leadId);
        }
        if (touchpoint.visitorId == null) {
            return Uni.createFrom().nullItem();
        }
        return store.findByVisitor(touchpoint.visitorId).invoke(lead -> {
            if (lead != null) {
                touchpoint.leadId = lead.id();
            }
        });
    }
}
