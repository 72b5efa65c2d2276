package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.accepted.v1}: sales accepted the lead (SAL); stops the SLA clock as met.
 *
 * @param actorId who accepted: the owner, or a manager on the owner's behalf
 */
public record LeadAccepted(UUID leadId, String ownerId, String actorId, Instant acceptedAt) {

    public LeadAccepted {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.requiredText(actorId, "actorId");
        Checks.required(acceptedAt, "acceptedAt");
    }
}
