package dev.leadbridge.intake.api;

import dev.leadbridge.intake.domain.WebForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A website form's registration, as admins send and read it. */
@Schema(description = "A website form allowed to post leads")
public record FormDefinition(
        @Schema(readOnly = true, examples = "pricing") String formId,
        @Schema(examples = "Pricing page contact form") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Origins whose pages may post this form", examples = "[\"https://www.example.com\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> allowedOrigins,
        @Schema(description = "The form's field names mapped to conventional ones, e.g. work_email → email; "
                + "conventional names need no mapping", examples = "{\"work_email\": \"email\"}")
        @Size(max = 50) Map<@Size(max = 100) String, @Size(max = 100) String> fieldMapping,
        @Schema(description = "A field hidden from people; bots fill it in", examples = "website")
        @Size(max = 100) String honeypotField,
        @Schema(description = "Submissions faster than this after lb_started_at are spam", examples = "3")
        @PositiveOrZero Integer minimumFillSeconds,
        @Schema(description = "Where browsers go after submitting (303)", examples = "https://www.example.com/thanks")
        URI thankYouUrl,
        @Schema(description = "The consent wording shown beside the opt-in box; stored with each lead",
                examples = "Yes, send me product news.")
        @Size(max = 2000) String consentText) {

    WebForm toDomain(String id) {
        return new WebForm(id, name, allowedOrigins, fieldMapping, honeypotField,
                Duration.ofSeconds(minimumFillSeconds == null ? 0 : minimumFillSeconds), thankYouUrl, consentText);
    }

    static FormDefinition of(WebForm form) {
        return new FormDefinition(form.id(), form.name(), form.allowedOrigins(), form.fieldMapping(),
                form.honeypotField(), (int) form.minimumFillTime().toSeconds(), form.thankYouUrl(),
                form.consentText());
    }
}
