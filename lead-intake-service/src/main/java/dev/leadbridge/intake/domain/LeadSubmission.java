package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.Channel;
import java.time.Instant;
import java.util.Locale;

/**
 * A lead as a form or integration submitted it, normalised so that the same person is recognisable however they
 * typed their details: e-mail trimmed and lower-cased, country upper-cased, blanks treated as absent, the company
 * domain taken from a corporate e-mail address.
 */
public record LeadSubmission(
        String email,
        String firstName,
        String lastName,
        String phone,
        String jobTitle,
        String companyName,
        String companyDomain,
        Integer companySize,
        String industry,
        String country,
        boolean marketingOptIn,
        String consentText,
        Instant consentGivenAt,
        Channel channel,
        String campaign,
        Utm utm,
        String landingPage,
        String referrer,
        String visitorId) {

    /** The five {@code utm_*} parameters of the landing URL. */
    public record Utm(String source, String medium, String campaign, String term, String content) {

        public Utm {
            source = blankToNull(source);
            medium = blankToNull(medium);
            campaign = blankToNull(campaign);
            term = blankToNull(term);
            content = blankToNull(content);
        }
    }

    public LeadSubmission {
        email = normaliseEmail(email);
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        phone = blankToNull(phone);
        jobTitle = blankToNull(jobTitle);
        companyName = blankToNull(companyName);
        companyDomain = companyDomain == null ? EmailDomains.companyDomainOf(email).orElse(null)
                : companyDomain.trim().toLowerCase(Locale.ROOT);
        industry = blankToNull(industry);
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        channel = channel == null ? Channel.OTHER : channel;
        campaign = blankToNull(campaign);
        utm = utm == null ? new Utm(null, null, null, null, null) : utm;
        landingPage = blankToNull(landingPage);
        referrer = blankToNull(referrer);
        visitorId = blankToNull(visitorId);
    }

    static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a lead needs an e-mail address");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
