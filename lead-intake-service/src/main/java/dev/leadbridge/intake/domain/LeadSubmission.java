package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.Channel;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A lead as a form or integration submitted it, normalised so that the same person is recognisable however they
 * typed their details: e-mail checked and normalised by {@link EmailAddresses}; names trimmed and in Unicode NFC
 * (never transliterated);
 * country as ISO-3166 alpha-2; phone in E.164 when it is a valid number for the country (kept as typed
 * otherwise, so a typo never costs the lead); the company domain taken from a corporate e-mail address; the
 * channel derived from {@code utm_medium} and the referrer when not stated ({@link ChannelClassifier}).
 *
 * @throws InvalidLeadException for values no normalisation can fix, such as an unknown country
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
        String visitorId,
        Map<String, String> customFields) {

    /** The {@code utm_*} parameters of the landing URL, {@code utm_id} included. */
    public record Utm(String source, String medium, String campaign, String term, String content, String id) {

        public Utm {
            source = Text.clean(source);
            medium = Text.clean(medium);
            campaign = Text.clean(campaign);
            term = Text.clean(term);
            content = Text.clean(content);
            id = Text.clean(id);
        }

        public static Utm none() {
            return new Utm(null, null, null, null, null, null);
        }
    }

    public LeadSubmission {
        email = EmailAddresses.normalise(email);
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        jobTitle = Text.clean(jobTitle);
        companyName = Text.clean(companyName);
        companyDomain = companyDomain == null ? EmailDomains.companyDomainOf(email).orElse(null)
                : companyDomain.trim().toLowerCase(Locale.ROOT);
        industry = Text.clean(industry);
        country = normaliseCountry(country);
        phone = normalisePhone(phone, country);
        consentText = Text.clean(consentText);
        utm = utm == null ? Utm.none() : utm;
        campaign = Text.clean(campaign) == null ? utm.campaign() : Text.clean(campaign);
        landingPage = Text.clean(landingPage);
        referrer = Text.clean(referrer);
        channel = channel == null ? ChannelClassifier.classify(utm.medium(), referrer) : channel;
        visitorId = Text.clean(visitorId);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** The person as this submission states them, to merge into what is known (see {@link LeadMerge}). */
    public PersonDetails person() {
        return new PersonDetails(firstName, lastName, phone, phoneValid(), jobTitle, companyName, companySize,
                industry, country, marketingOptIn, consentText, consentGivenAt, visitorId);
    }

    /** Free-mail addresses say nothing about the company; scoring treats them as a weaker fit. */
    public boolean freeMail() {
        return EmailDomains.isFreeMail(email);
    }

    /** Whether the phone number is a valid one (then it is in E.164). */
    public boolean phoneValid() {
        return phone != null && phone.startsWith("+") && PhoneNumbers.toE164(phone, country).isPresent();
    }

    private static String normaliseCountry(String country) {
        String value = Text.clean(country);
        if (value == null) {
            return null;
        }
        return Countries.toAlpha2(value)
                .orElseThrow(() -> new InvalidLeadException("country", "unknown country '" + value + "'"));
    }

    private static String normalisePhone(String phone, String country) {
        String value = Text.clean(phone);
        return value == null ? null : PhoneNumbers.toE164(value, country).orElse(value);
    }

    /** Trimming and Unicode normalisation for free text; blank means absent. */
    static final class Text {

        private Text() {
        }

        static String clean(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        }
    }
}
