package dev.leadbridge.qualification.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Takes a captured lead into qualification, at the stage it enters, with the touchpoints its visitor id already
 * earned, and scores it (a lead entering late is scored too, so marketing sees its fit). Runs inside the inbox transaction that also
 * records the event id, so each captured event is applied once.
 */
@ApplicationScoped
public class CapturedLeadRecorder {

    private static final Logger LOG = Logger.getLogger(CapturedLeadRecorder.class);

    private final LeadRepository leads;
    private final LeadHistoryRepository history;
    private final TouchpointRepository touchpoints;
    private final LeadScoring scoring;
    private final Clock clock;

    CapturedLeadRecorder(LeadRepository leads, LeadHistoryRepository history, TouchpointRepository touchpoints,
                         LeadScoring scoring, Clock clock) {
        this.leads = leads;
        this.history = history;
        this.touchpoints = touchpoints;
        this.scoring = scoring;
        this.clock = clock;
    }

    public Uni<Void> record(CloudEventAttributes event, LeadCaptured captured) {
        return leads.lockLead(captured.leadId()).chain(() -> leads.findById(captured.leadId())).chain(existing -> {
            if (existing != null) {
                // the same lead announced again under another event id (a replay): it is already here
                LOG.debugf("Lead %s already known; event %s ignored", captured.leadId(), event.id());
                return Uni.createFrom().voidItem();
            }
            LeadEntity lead = newLead(captured);
            return leads.persist(lead)
                    .chain(() -> history.persist(
                            LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), captured.capturedAt())))
                    .invoke(() -> LOG.infof("Lead %s entered qualification at %s (event %s)",
                            lead.id, lead.stage.wire(), event.id()))
                    .chain(() -> lead.visitorId == null
                            ? Uni.createFrom().item(0)
                            : touchpoints.stitch(lead.visitorId, lead.id))
                    .chain(() -> scoring.rescore(lead));
        });
    }

    private LeadEntity newLead(LeadCaptured captured) {
        LeadEntity lead = new LeadEntity();
        lead.id = captured.leadId();
        lead.stage = captured.entryStage();
        lead.ownerId = captured.ownerId();
        lead.email = captured.person().email();
        lead.firstName = captured.person().firstName();
        lead.lastName = captured.person().lastName();
        lead.jobTitle = captured.person().jobTitle();
        if (captured.company() != null) {
            lead.companyName = captured.company().name();
            lead.companyDomain = captured.company().domain();
            lead.companySize = captured.company().size();
            lead.industry = captured.company().industry();
        }
        lead.country = captured.country();
        lead.channel = captured.source().channel();
        lead.campaign = captured.source().campaign();
        lead.capturedAt = captured.capturedAt();
        lead.cycleStartedAt = captured.capturedAt();
        lead.visitorId = captured.visitorId();
        lead.updatedAt = clock.instant();
        return lead;
    }
}
