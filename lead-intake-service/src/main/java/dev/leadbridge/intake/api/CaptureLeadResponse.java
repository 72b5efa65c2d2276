package dev.leadbridge.intake.api;

import java.util.UUID;

/**
 * The answer to a capture: the lead's id, its status, and the earlier lead it duplicates, if any.
 */
public record CaptureLeadResponse(UUID leadId, String status, UUID duplicateOf) {

    static CaptureLeadResponse captured(UUID leadId) {
        return new CaptureLeadResponse(leadId, "captured", null);
    }
}
