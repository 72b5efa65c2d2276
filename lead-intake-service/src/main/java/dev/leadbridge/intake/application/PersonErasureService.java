package dev.leadbridge.intake.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.intake.domain.EmailAddresses;
import dev.leadbridge.intake.domain.ErasedAddresses;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.persistence.LeadChangeRepository;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadRepository;
import dev.leadbridge.intake.persistence.PersonErasureEntity;
import dev.leadbridge.intake.persistence.PersonErasureRepository;
import dev.leadbridge.intake.persistence.TouchpointRepository;
import dev.leadbridge.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The right to erasure (GDPR Art. 17): forgets who the person behind a lead is, here and, through
 * {@code person.erased}, in every service, and deletes the lead's personal-data key, so the person's sealed fields
 * in the events on {@code leads.captured} can never be opened again, while the lead's ids, stages, amounts and channels stay so no figure
 * changes. The request is the audit trail; a repeat (a retry, a double click, a second request weeks later) answers
 * with the erasure already done and changes nothing.
 */
@ApplicationScoped
public class PersonErasureService {

    private static final Logger LOG = Logger.getLogger(PersonErasureService.class);

    /** What an erasure did, as its audit record keeps it. */
    public record Erasure(UUID erasureId, UUID leadId, String requestedBy, Instant erasedAt) {

        static Erasure of(PersonErasureEntity row) {
            return new Erasure(row.id, row.leadId, row.requestedBy, row.erasedAt);
        }
    }

    private final LeadRepository leads;
    private final LeadChangeRepository history;
    private final TouchpointRepository touchpoints;
    private final PersonErasureRepository erasures;
    private final Outbox outbox;
    private final PersonalDataKeys personalDataKeys;
    private final IntakeMetrics metrics;
    private final ErasedAddresses addresses;
    private final Clock clock;

    PersonErasureService(LeadRepository leads, LeadChangeRepository history, TouchpointRepository touchpoints,
                         PersonErasureRepository erasures, Outbox outbox, PersonalDataKeys personalDataKeys,
                         IntakeMetrics metrics, Clock clock,
                         @ConfigProperty(name = "leadbridge.intake.api-key-pepper") String pepper) {
        this.leads = leads;
        this.history = history;
        this.touchpoints = touchpoints;
        this.erasures = erasures;
        this.outbox = outbox;
        this.personalDataKeys = personalDataKeys;
        this.metrics = metrics;
        this.addresses = new ErasedAddresses(pepper);
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when no lead has the address and none was erased under it
     * @throws dev.leadbridge.intake.domain.InvalidLeadException for something that is no e-mail address
     */
    @WithTransaction
    public Uni<Erasure> erase(String email, String requestedBy) {
        String address = EmailAddresses.normalise(email);
        String fingerprint = addresses.fingerprint(address);
        // the lock a capture of this address takes: no submission can recreate the person half-way through
        return leads.lockEmail(address)
                .chain(() -> leads.findByEmail(address))
                .chain(lead -> lead == null
                        ? erasures.latestOf(fingerprint).map(done -> done.map(Erasure::of).orElseThrow(
                                () -> new NotFoundException("No person with this e-mail address is known.")))
                        : erase(lead, fingerprint, requestedBy));
    }

    private Uni<Erasure> erase(LeadEntity lead, String fingerprint, String requestedBy) {
        Instant now = clock.instant();
        PersonErasureEntity record = new PersonErasureEntity();
        record.id = CloudEvents.newEventId(clock);
        record.emailHash = fingerprint;
        record.leadId = lead.id;
        record.requestedBy = requestedBy;
        record.erasedAt = now;
        String visitorId = lead.visitorId;
        lead.erase(now);
        return history.forgetPersonalValues(lead.id)
                .chain(() -> touchpoints.forgetVisitor(lead.id))
                .chain(() -> personalDataKeys.destroy(lead.id))
                .chain(() -> outbox.forget(lead.id.toString()))
                // the browser's touchpoints from before anyone knew the person went out keyed by its visitor id
                .chain(() -> visitorId == null ? Uni.createFrom().voidItem() : outbox.forget(visitorId))
                .chain(() -> erasures.persist(record))
                .chain(() -> outbox.enqueue(EventType.PERSON_ERASED, lead.id,
                        new PersonErased(lead.id, record.id, now)))
                .invoke(() -> {
                    metrics.erased();
                    LOG.infof("Lead %s: person erased at the request of %s (erasure %s)", lead.id, requestedBy,
                            record.id);
                })
                .replaceWith(() -> Erasure.of(record));
    }
}
