package dev.leadbridge.intake.application;

import java.util.UUID;

/**
 * What a capture did: created a lead, or recognised a known one ({@code duplicateOf}). A replayed outcome is the
 * stored answer to an earlier request with the same {@code Idempotency-Key}.
 */
public record CaptureOutcome(UUID leadId, Status status, UUID duplicateOf) {

    public enum Status {
        CAPTURED, DUPLICATE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static CaptureOutcome captured(UUID leadId) {
        return new CaptureOutcome(leadId, Status.CAPTURED, null);
    }

    static CaptureOutcome duplicateOf(UUID existing) {
        return new CaptureOutcome(existing, Status.DUPLICATE, existing);
    }
}
