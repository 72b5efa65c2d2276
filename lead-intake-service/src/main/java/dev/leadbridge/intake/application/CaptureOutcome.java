package dev.leadbridge.intake.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * What a capture did: created a lead, recognised a known one ({@code duplicateOf}), or kept the submission as spam
 * (no lead). A replayed outcome is the stored answer to an earlier request with the same {@code Idempotency-Key}.
 */
public record CaptureOutcome(UUID leadId, Status status, UUID duplicateOf) {

    public enum Status {
        CAPTURED, DUPLICATE, SPAM;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static CaptureOutcome captured(UUID leadId) {
        return new CaptureOutcome(leadId, Status.CAPTURED, null);
    }

    static CaptureOutcome keptAsSpam() {
        return new CaptureOutcome(null, Status.SPAM, null);
    }

    /** The submission was kept as spam: there is no lead. Not part of the stored answer, which says it by status. */
    @JsonIgnore
    public boolean isSpam() {
        return status == Status.SPAM;
    }

    static CaptureOutcome duplicateOf(UUID existing) {
        return new CaptureOutcome(existing, Status.DUPLICATE, existing);
    }
}
