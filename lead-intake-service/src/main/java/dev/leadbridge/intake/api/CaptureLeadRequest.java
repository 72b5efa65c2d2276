package dev.leadbridge.intake.api;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.intake.domain.LeadSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A lead sent by an integration as JSON. Only the e-mail address and the consent are required. */
public record CaptureLeadRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 40) String phone,
        @Size(max = 200) String jobTitle,
        @Size(max = 200) String company,
        @Positive Integer companySize,
        @Size(max = 100) String industry,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO-3166 alpha-2 country code") String country,
        @NotNull @Valid ConsentRequest consent,
        @Valid SourceRequest source,
        @Size(max = 100) String visitorId) {

    /** What the person agreed to, in the words they were shown. */
    public record ConsentRequest(@NotNull Boolean marketingOptIn, @Size(max = 2000) String text, Instant givenAt) {
    }

    /** Where the lead came from. */
    public record SourceRequest(
            Channel channel,
            @Size(max = 200) String campaign,
            @Size(max = 200) String utmSource,
            @Size(max = 200) String utmMedium,
            @Size(max = 200) String utmCampaign,
            @Size(max = 200) String utmTerm,
            @Size(max = 200) String utmContent,
            @Size(max = 2000) String landingPage,
            @Size(max = 2000) String referrer) {
    }

    LeadSubmission toSubmission() {
        SourceRequest src = source == null
                ? new SourceRequest(null, null, null, null, null, null, null, null, null) : source;
        return new LeadSubmission(email, firstName, lastName, phone, jobTitle, company, null, companySize, industry,
                country, consent.marketingOptIn(), consent.text(), consent.givenAt(), src.channel(), src.campaign(),
                new LeadSubmission.Utm(src.utmSource(), src.utmMedium(), src.utmCampaign(), src.utmTerm(),
                        src.utmContent()),
                src.landingPage(), src.referrer(), visitorId);
    }
}
