package dev.leadbridge.intake.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.intake.persistence.LeadEntity;
import java.time.Instant;
import java.util.UUID;

/** A captured lead as intake stored it. */
public record CapturedLeadView(
        UUID leadId,
        Instant capturedAt,
        String email,
        String firstName,
        String lastName,
        String phone,
        String jobTitle,
        String company,
        String companyDomain,
        Integer companySize,
        String industry,
        String country,
        boolean marketingOptIn,
        Channel channel,
        String campaign) {

    static CapturedLeadView of(LeadEntity lead) {
        return new CapturedLeadView(lead.id, lead.capturedAt, lead.email, lead.firstName, lead.lastName, lead.phone,
                lead.jobTitle, lead.companyName, lead.companyDomain, lead.companySize, lead.industry, lead.country,
                lead.marketingOptIn, lead.channel, lead.campaign);
    }
}
