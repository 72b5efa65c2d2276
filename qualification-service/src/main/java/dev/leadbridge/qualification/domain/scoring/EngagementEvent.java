package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.TouchpointType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A touchpoint as scoring sees it: which one (so its points can be traced back to it), what kind, and when.
 */
public record EngagementEvent(UUID touchpointId, TouchpointType type, Instant occurredAt) {

    public EngagementEvent {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
