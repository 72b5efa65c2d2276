package dev.leadbridge.intake.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.TouchpointType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An engagement event, for a lead known by id or e-mail address, or for an anonymous website visitor. */
@Schema(description = "An engagement event; name the lead by leadId or email, or the anonymous visitor by visitorId")
public record RecordTouchpointRequest(
        @Schema(examples = "webinar_attended") @NotNull TouchpointType type,
        @Schema(description = "When it happened; now if absent", examples = "2026-11-20T15:00:00Z") Instant occurredAt,
        @Schema(examples = "01a20f77-00c2-7066-93bc-5c400f6172c7") UUID leadId,
        @Schema(examples = "ada@engines.example", format = "email", maxLength = 254) @EmailAddress String email,
        @Schema(examples = "v-7f3a9c") @Size(max = 100) String visitorId,
        @Schema(examples = "email") Channel channel,
        @Schema(examples = "q4-launch") @Size(max = 200) String campaign,
        @Schema(examples = "newsletter") @Size(max = 200) String utmSource,
        @Schema(examples = "email") @Size(max = 200) String utmMedium,
        @Schema(examples = "q4-launch") @Size(max = 200) String utmCampaign,
        @Schema(examples = "lead management") @Size(max = 200) String utmTerm,
        @Schema(examples = "cta-button") @Size(max = 200) String utmContent,
        @Schema(description = "The ad platform's campaign id", examples = "gads-1234567") @Size(max = 200)
        String utmId,
        @Schema(examples = "https://www.example.com/pricing") @Size(max = 2000) String url,
        @Schema(description = "Type-specific details (webinar id, asset name, …), kept verbatim",
                examples = "{\"webinarId\": \"w-2026-11\"}")
        @Size(max = 50) Map<@Size(max = 100) String, @Size(max = 2000) String> properties) {

    @AssertTrue(message = "name the lead (leadId or email) or the visitor (visitorId)")
    @Schema(hidden = true)
    public boolean isSubjectNamed() {
        return leadId != null || (email != null && !email.isBlank()) || (visitorId != null && !visitorId.isBlank());
    }
}
