package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.rejected.v1}: sales rejected the lead with a reason; stops the SLA clock and feeds the
 * lead-quality report.
 *
 * @param actorId who rejected: the owner, or a manager on the owner's behalf
 * @param note    the rep's free-text comment, if any
 */
public record LeadRejected(
        UUID leadId,
        String ownerId,
        String actorId,
        RejectionReason reason,
        String note,
        Instant rejectedAt) {

    public LeadRejected {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.requiredText(actorId, "actorId");
        Checks.required(reason, "reason");
        Checks.required(rejectedAt, "rejectedAt");
    }
}
