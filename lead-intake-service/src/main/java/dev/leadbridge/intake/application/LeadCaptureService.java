package dev.leadbridge.intake.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.intake.domain.LeadSubmission;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadRepository;
import dev.leadbridge.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Captures leads: the lead and its {@code lead.captured} event are written in one transaction, so a lead is never
 * stored without being announced, nor announced without being stored, whether or not Kafka is up.
 */
@ApplicationScoped
public class LeadCaptureService {

    private static final Logger LOG = Logger.getLogger(LeadCaptureService.class);

    private final LeadRepository leads;
    private final Outbox outbox;
    private final Clock clock;

    LeadCaptureService(LeadRepository leads, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LeadEntity> capture(LeadSubmission submission) {
        LeadEntity lead = LeadEntity.of(CloudEvents.newEventId(clock), submission, clock.instant());
        return leads.persist(lead)
                .chain(() -> outbox.enqueue(EventType.LEAD_CAPTURED, lead.id, capturedEvent(lead)))
                .invoke(event -> LOG.infof("Lead %s captured (event %s)", lead.id, event.id()))
                .replaceWith(lead);
    }

    @WithSession
    public Uni<Optional<LeadEntity>> find(UUID leadId) {
        return leads.findById(leadId).map(Optional::ofNullable);
    }

    private static LeadCaptured capturedEvent(LeadEntity lead) {
        return new LeadCaptured(
                lead.id,
                lead.capturedAt,
                new Person(lead.email, lead.firstName, lead.lastName, lead.phone, lead.jobTitle),
                lead.companyName == null ? null
                        : new Company(lead.companyName, lead.companyDomain, lead.companySize, lead.industry),
                lead.country,
                new Consent(lead.marketingOptIn, lead.consentText, lead.consentAt),
                new LeadSource(lead.channel, lead.campaign, lead.utmSource, lead.utmMedium, lead.utmCampaign,
                        lead.utmTerm, lead.utmContent, lead.landingPage, lead.referrer, null, null),
                lead.visitorId,
                null,
                LifecycleStage.CAPTURED,
                null,
                Map.of());
    }
}
