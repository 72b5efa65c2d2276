package dev.leadbridge.intake.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.intake.domain.LeadSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead sent as JSON by an integration, or logged by a rep. Only the e-mail address and the consent are required. */
@Schema(description = "A lead to capture")
public record CaptureLeadRequest(
        @Schema(examples = "ada.lovelace@analytical-engines.example", format = "email", maxLength = 254)
        @NotBlank @EmailAddress String email,
        @Schema(examples = "Ada") @Size(max = 100) String firstName,
        @Schema(examples = "Lovelace") @Size(max = 100) String lastName,
        @Schema(description = "Any format; stored in E.164 when valid for the country", examples = "+44 20 7946 0958")
        @Size(max = 40) String phone,
        @Schema(examples = "Head of Engineering") @Size(max = 200) String jobTitle,
        @Schema(examples = "Analytical Engines Ltd") @Size(max = 200) String company,
        @Schema(description = "Employees", examples = "250") @Positive Integer companySize,
        @Schema(examples = "Software") @Size(max = 100) String industry,
        @Schema(description = "ISO-3166 alpha-2 (alpha-3 and English names are understood)", examples = "GB")
        @Size(max = 60) @Country String country,
        @NotNull @Valid ConsentRequest consent,
        @Valid SourceRequest source,
        @Schema(description = "Anonymous website visitor id; links touchpoints recorded before the lead was known",
                examples = "v-7f3a9c")
        @Size(max = 100) String visitorId,
        @Schema(description = "Reps only: the stage a lead met offline enters at (default captured)",
                examples = "accepted")
        LifecycleStage entryStage,
        @Schema(description = "Managers only: the owning rep of a lead entering at a sales stage (reps own theirs)",
                examples = "rep-42")
        @Size(max = 100) String ownerId,
        @Schema(description = "Fields outside the contract, kept verbatim", examples = "{\"budget\": \"50k\"}")
        @Size(max = 50) Map<@Size(max = 100) String, @Size(max = 2000) String> customFields) {

    /** What the person agreed to, in the words they were shown, and when. */
    public record ConsentRequest(
            @Schema(examples = "true") @NotNull Boolean marketingOptIn,
            @Schema(examples = "Yes, send me product news.") @Size(max = 2000) String text,
            @Schema(examples = "2026-11-24T09:15:00Z") Instant givenAt) {
    }

    /** Where the lead came from; the channel is derived from utm_medium and the referrer when not given. */
    public record SourceRequest(
            @Schema(examples = "paid_search") Channel channel,
            @Schema(examples = "q4-launch") @Size(max = 200) String campaign,
            @Schema(examples = "google") @Size(max = 200) String utmSource,
            @Schema(examples = "cpc") @Size(max = 200) String utmMedium,
            @Schema(examples = "q4-launch") @Size(max = 200) String utmCampaign,
            @Schema(examples = "lead management") @Size(max = 200) String utmTerm,
            @Schema(examples = "hero-banner") @Size(max = 200) String utmContent,
            @Schema(examples = "cmp-2026-q4") @Size(max = 200) String utmId,
            @Schema(examples = "https://www.example.com/pricing") @Size(max = 2000) String landingPage,
            @Schema(examples = "https://www.google.com/") @Size(max = 2000) String referrer) {

        static SourceRequest none() {
            return new SourceRequest(null, null, null, null, null, null, null, null, null, null);
        }
    }

    LeadSubmission toSubmission() {
        SourceRequest src = source == null ? SourceRequest.none() : source;
        return new LeadSubmission(email, firstName, lastName, phone, jobTitle, company, null, companySize, industry,
                country, consent.marketingOptIn(), consent.text(), consent.givenAt(), src.channel(), src.campaign(),
                new LeadSubmission.Utm(src.utmSource(), src.utmMedium(), src.utmCampaign(), src.utmTerm(),
                        src.utmContent(), src.utmId()),
                src.landingPage(), src.referrer(), visitorId, customFields);
    }
}
