package dev.leadbridge.qualification.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Takes a captured lead into qualification, at the stage it enters, with the touchpoints its visitor id already
 * earned, and scores it (a lead entering late is scored too, so marketing sees its fit). Runs inside the inbox
 * transaction that also records the event id, so each captured event is applied once.
 */
@ApplicationScoped
public class CapturedLeadRecorder {

    private static final Logger LOG = Logger.getLogger(CapturedLeadRecorder.class);

    private final LeadRepository leads;
    private final LeadStore store;
    private final TouchpointRepository touchpoints;
    private final LeadScoring scoring;
    private final PersonalDataKeys keys;
    private final Clock clock;

    CapturedLeadRecorder(LeadRepository leads, LeadStore store, TouchpointRepository touchpoints,
                         LeadScoring scoring, PersonalDataKeys keys, Clock clock) {
        this.leads = leads;
        this.store = store;
        this.touchpoints = touchpoints;
        this.scoring = scoring;
        this.keys = keys;
        this.clock = clock;
    }

    public Uni<Void> record(CloudEventAttributes event, LeadCaptured captured) {
        return leads.lockLead(captured.leadId()).chain(() -> store.find(captured.leadId())).chain(existing -> {
            if (existing != null) {
                // the same lead announced again under another event id (a replay): it is already here
                LOG.debugf("Lead %s already known; event %s ignored", captured.leadId(), event.id());
                return Uni.createFrom().voidItem();
            }
            return readableDetailsOf(captured).chain(details -> {
                Lead.Entered entered = Lead.enter(captured.leadId(), details, captured.entryStage(),
                        captured.ownerId(), clock.instant());
                Lead lead = entered.lead();
                return store.add(entered, event.id())
                        .invoke(() -> LOG.infof("Lead %s entered qualification at %s (event %s)",
                                lead.id(), lead.stage().wire(), event.id()))
                        .chain(() -> touchpoints.stitch(lead.details().visitorId(), lead.id()))
                        .chain(() -> scoring.rescore(lead));
            });
        });
    }

    /**
     * The lead's details with the person's sealed fields opened by the lead's key; without them when intake no
     * longer has the key, because the person was erased before this capture got here (their erasure follows it).
     */
    private Uni<LeadDetails> readableDetailsOf(LeadCaptured captured) {
        if (!PersonalData.isSealed(captured)) {
            return Uni.createFrom().item(detailsOf(captured));
        }
        return keys.keyOf(captured.leadId()).map(key -> key
                .map(found -> detailsOf(PersonalData.open(captured, found)))
                .orElseGet(() -> detailsOf(captured).withoutThePerson(clock.instant())));
    }

    private static LeadDetails detailsOf(LeadCaptured captured) {
        Company company = captured.company();
        return new LeadDetails(captured.person().email(), captured.person().firstName(),
                captured.person().lastName(), captured.person().phone(), captured.person().jobTitle(),
                company == null ? null : company.name(), company == null ? null : company.domain(),
                company == null ? null : company.size(), company == null ? null : company.industry(),
                captured.country(), captured.source().channel(), captured.source().campaign(), captured.visitorId(),
                captured.capturedAt(), null, null);
    }
}
