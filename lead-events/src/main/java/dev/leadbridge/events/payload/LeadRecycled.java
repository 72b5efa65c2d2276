package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.lead.recycled.v1}: the lead went back to nurture, after a rejection or because its score decayed;
 * it may be scored into an MQL again.
 *
 * @param qualificationCycle the qualification cycle the lead starts with this recycling; absent in events written
 *                           before cycles were numbered
 */
public record LeadRecycled(UUID leadId, RecycleReason reason, Instant recycledAt, Integer qualificationCycle) {

    public LeadRecycled {
        Checks.required(leadId, "leadId");
        Checks.required(reason, "reason");
        Checks.required(recycledAt, "recycledAt");
    }

    /** A recycling of a lead whose new qualification cycle is not stated. */
    public LeadRecycled(UUID leadId, RecycleReason reason, Instant recycledAt) {
        this(leadId, reason, recycledAt, null);
    }
}
