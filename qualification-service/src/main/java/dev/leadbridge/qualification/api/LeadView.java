package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lead as reps, managers and marketing see it: stage, owner, who it is, where it came from, and its history. */
public record LeadView(
        UUID leadId,
        String stage,
        String ownerId,
        Contact contact,
        Company company,
        String country,
        Source source,
        Instant capturedAt,
        List<StageChange> history) {

    public record Contact(String email, String firstName, String lastName, String jobTitle) {
    }

    public record Company(String name, String domain, Integer size, String industry) {
    }

    public record Source(Channel channel, String campaign) {
    }

    public record StageChange(String stage, Instant at, UUID eventId) {

        static StageChange of(LeadStageChangeEntity change) {
            return new StageChange(change.stage.wire(), change.changedAt, change.eventId);
        }
    }

    static LeadView of(LeadWithHistory found) {
        var lead = found.lead();
        return new LeadView(lead.id, lead.stage.wire(), lead.ownerId,
                new Contact(lead.email, lead.firstName, lead.lastName, lead.jobTitle),
                new Company(lead.companyName, lead.companyDomain, lead.companySize, lead.industry),
                lead.country,
                new Source(lead.channel, lead.campaign),
                lead.capturedAt,
                found.history().stream().map(StageChange::of).toList());
    }
}
