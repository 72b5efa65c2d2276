package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.RejectionReason;

import java.time.Instant;
import java.util.Objects;

/** One time sales rejected a lead, and why: the feedback the lead-quality report counts. */
public record Rejection(RejectionReason reason, Instant rejectedAt) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
