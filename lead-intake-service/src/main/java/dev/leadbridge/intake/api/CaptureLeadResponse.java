package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.CaptureOutcome;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a capture: the lead's id, whether it is new, and the earlier lead it duplicates, if any. */
public record CaptureLeadResponse(
        @Schema(examples = "01a20f77-00c2-7066-93bc-5c400f6172c7") UUID leadId,
        @Schema(enumeration = {"captured", "duplicate", "spam"}, examples = "captured") String status,
        @Schema(description = "The known lead this submission was merged into",
                examples = "01a20f77-00c2-7066-93bc-5c400f6172c7") UUID duplicateOf) {

    static CaptureLeadResponse of(CaptureOutcome outcome) {
        return new CaptureLeadResponse(outcome.leadId(), outcome.status().wire(), outcome.duplicateOf());
    }
}
