package dev.leadbridge.intake.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.intake.application.LeadQueries.LeadWithTouchpoints;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A captured lead as intake stored it, with its touchpoints in time order.
 *
 * @param erasedAt when the person was erased; their contact, visitor id and custom fields are gone since
 */
public record CapturedLeadView(
        UUID leadId,
        Instant capturedAt,
        Instant updatedAt,
        String entryStage,
        String ownerId,
        Contact contact,
        Company company,
        String country,
        Consent consent,
        Source source,
        String visitorId,
        Map<String, String> customFields,
        List<Touchpoint> touchpoints,
        Instant erasedAt) {

    public record Contact(String email, String firstName, String lastName, String phone, boolean phoneValid,
                          String jobTitle) {
    }

    public record Company(String name, String domain, boolean freeMail, Integer size, String industry) {
    }

    public record Consent(boolean marketingOptIn, String text, Instant givenAt) {
    }

    public record Source(Channel channel, String campaign, String utmSource, String utmMedium, String utmCampaign,
                         String utmTerm, String utmContent, String utmId, String landingPage, String referrer,
                         String formId, String integration) {
    }

    public record Touchpoint(UUID touchpointId, String type, Instant occurredAt, Channel channel, String campaign,
                             String url, Map<String, String> properties) {

        static Touchpoint of(TouchpointEntity t) {
            return new Touchpoint(t.id, t.type.wire(), t.occurredAt, t.channel, t.campaign, t.url, t.properties);
        }
    }

    /** The lead as marketing reads it: everything but how to reach the person (e-mail, phone, name). */
    CapturedLeadView withoutContact() {
        return new CapturedLeadView(leadId, capturedAt, updatedAt, entryStage, ownerId, null, company, country,
                consent, source, visitorId, customFields, touchpoints, erasedAt);
    }

    static CapturedLeadView of(LeadWithTouchpoints found) {
        LeadEntity lead = found.lead();
        return new CapturedLeadView(lead.id, lead.capturedAt, lead.updatedAt, lead.entryStage.wire(), lead.ownerId,
                new Contact(lead.email, lead.firstName, lead.lastName, lead.phone, lead.phoneValid, lead.jobTitle),
                new Company(lead.companyName, lead.companyDomain, lead.freeMail, lead.companySize, lead.industry),
                lead.country,
                new Consent(lead.marketingOptIn, lead.consentText, lead.consentAt),
                new Source(lead.channel, lead.campaign, lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmTerm,
                        lead.utmContent, lead.utmId, lead.landingPage, lead.referrer, lead.formId, lead.integration),
                lead.visitorId,
                lead.customFields,
                found.touchpoints().stream().map(Touchpoint::of).toList(),
                lead.erasedAt);
    }
}
