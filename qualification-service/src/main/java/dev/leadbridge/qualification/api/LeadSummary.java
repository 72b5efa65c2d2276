package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.qualification.persistence.LeadEntity;
import java.time.Instant;
import java.util.UUID;

/** A line of a rep's inbox: enough to pick the next lead and call it without opening it. */
public record LeadSummary(UUID leadId, String stage, String ownerId, String firstName, String lastName,
                          String companyName, String phone, String country, Integer scoreTotal, Grade grade,
                          Instant assignedAt) {

    static LeadSummary of(LeadEntity lead) {
        return new LeadSummary(lead.id, lead.stage.wire(), lead.ownerId, lead.firstName, lead.lastName,
                lead.companyName, lead.phone, lead.country, lead.scoreTotal, lead.scoreGrade, lead.assignedAt);
    }
}
