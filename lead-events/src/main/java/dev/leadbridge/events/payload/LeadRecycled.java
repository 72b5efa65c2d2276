package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.recycled.v1}: the lead went back to nurture, after a rejection or because its score decayed;
 * it may be scored into an MQL again.
 */
public record LeadRecycled(UUID leadId, RecycleReason reason, Instant recycledAt) {

    public LeadRecycled {
        Checks.required(leadId, "leadId");
        Checks.required(reason, "reason");
        Checks.required(recycledAt, "recycledAt");
    }
}
