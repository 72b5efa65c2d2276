package dev.leadbridge.intake.application;

import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import java.util.List;

/** Intake's stored records as the events of the public contract. */
final class LeadEvents {

    private LeadEvents() {
    }

    static LeadCaptured captured(LeadEntity lead) {
        return new LeadCaptured(
                lead.id,
                lead.capturedAt,
                person(lead),
                company(lead),
                lead.country,
                consent(lead),
                new LeadSource(lead.channel, lead.campaign, lead.utmSource, lead.utmMedium, lead.utmCampaign,
                        lead.utmTerm, lead.utmContent, lead.utmId, lead.landingPage, lead.referrer, lead.formId,
                        lead.integration),
                lead.visitorId,
                null,
                lead.entryStage,
                lead.ownerId,
                lead.customFields);
    }

    static LeadUpdated updated(LeadEntity lead, List<LeadFieldChange> changes) {
        return new LeadUpdated(lead.id, lead.updatedAt, changes, person(lead), company(lead), lead.country,
                consent(lead), lead.visitorId);
    }

    private static Person person(LeadEntity lead) {
        return new Person(lead.email, lead.firstName, lead.lastName, lead.phone, lead.jobTitle);
    }

    private static Company company(LeadEntity lead) {
        return lead.companyName == null ? null
                : new Company(lead.companyName, lead.companyDomain, lead.companySize, lead.industry);
    }

    private static Consent consent(LeadEntity lead) {
        return new Consent(lead.marketingOptIn, lead.consentText, lead.consentAt);
    }

    static TouchpointRecorded touchpoint(TouchpointEntity touchpoint) {
        return new TouchpointRecorded(touchpoint.id, touchpoint.leadId, touchpoint.visitorId, touchpoint.type,
                touchpoint.occurredAt, touchpoint.channel, touchpoint.campaign, touchpoint.utmSource,
                touchpoint.utmMedium, touchpoint.utmCampaign, touchpoint.utmTerm, touchpoint.utmContent,
                touchpoint.utmId, touchpoint.url, touchpoint.properties);
    }
}
