package dev.leadbridge.intake.application;

import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.intake.domain.EmailAddresses;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadRepository;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Records engagement events. A touchpoint is attached to the lead it names (by id or e-mail address), or to the
 * lead already known under its visitor id; otherwise it waits, anonymous, to be stitched to the lead that a later
 * submission with the same visitor id creates. An {@code unsubscribe} of a known lead also withdraws its marketing
 * consent.
 */
@ApplicationScoped
public class TouchpointService {

    /** Where a touchpoint landed. */
    public record RecordedTouchpoint(UUID touchpointId, UUID leadId, String visitorId) {
    }

    private final LeadRepository leads;
    private final TouchpointRecorder recorder;
    private final ConsentService consent;
    private final Clock clock;

    TouchpointService(LeadRepository leads, TouchpointRecorder recorder, ConsentService consent, Clock clock) {
        this.leads = leads;
        this.recorder = recorder;
        this.consent = consent;
        this.clock = clock;
    }

    /**
     * @param touchpoint its lead and visitor are resolved here; everything else is as the caller stated it
     * @param email      the lead's e-mail address, if the caller named the lead that way
     */
    @WithTransaction
    public Uni<RecordedTouchpoint> record(TouchpointEntity touchpoint, String email) {
        touchpoint.id = CloudEvents.newEventId(clock);
        touchpoint.recordedAt = clock.instant();
        if (touchpoint.occurredAt == null) {
            touchpoint.occurredAt = touchpoint.recordedAt;
        }
        return resolveLead(touchpoint, email).chain(lead -> {
            touchpoint.leadId = lead == null ? null : lead.id;
            return recorder.record(touchpoint)
                    .call(() -> lead != null && touchpoint.type == TouchpointType.UNSUBSCRIBE
                            ? consent.withdraw(lead, touchpoint.occurredAt)
                            : Uni.createFrom().voidItem())
                    .replaceWith(new RecordedTouchpoint(touchpoint.id, touchpoint.leadId, touchpoint.visitorId));
        });
    }

    private Uni<LeadEntity> resolveLead(TouchpointEntity touchpoint, String email) {
        if (touchpoint.leadId != null) {
            return leads.findById(touchpoint.leadId).map(lead -> require(lead, "No lead " + touchpoint.leadId));
        }
        if (email != null && !email.isBlank()) {
            return leads.findByEmail(EmailAddresses.normalise(email)).map(lead -> touchpoint.visitorId != null
                    ? lead : require(lead, "No lead with that e-mail address; send a visitorId to keep it anonymous"));
        }
        return leads.find("visitorId", touchpoint.visitorId).firstResult();
    }

    private static LeadEntity require(LeadEntity lead, String detail) {
        if (lead == null) {
            throw new NotFoundException(detail);
        }
        return lead;
    }
}
