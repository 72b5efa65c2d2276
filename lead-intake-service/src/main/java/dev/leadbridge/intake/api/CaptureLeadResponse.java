package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.CaptureOutcome;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a capture: the lead's id, whether it is new, and the earlier lead it duplicates, if any. */
public record CaptureLeadResponse(
        UUID leadId,
        @Schema(enumeration = {"captured", "duplicate"}) String status,
        @Schema(description = "The known lead this submission was merged into") UUID duplicateOf) {

    static CaptureLeadResponse of(CaptureOutcome outcome) {
        return new CaptureLeadResponse(outcome.leadId(), outcome.status().wire(), outcome.duplicateOf());
    }
}
