package dev.leadbridge.qualification.domain.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What scoring needs to know about who a lead is, and nothing more: no name, no full e-mail address. Unknown text is
 * the empty string, so rules never see {@code null}.
 *
 * @param emailDomain   the part of the e-mail address after the {@code @} ({@link #domainOf})
 * @param companyDomain the company's web domain, which may differ from the e-mail domain
 * @param companySize   employees; 0 when unknown
 * @param country       ISO-3166 alpha-2
 * @param flags         negative signals already known, e.g. {@link NegativeSignal#UNSUBSCRIBED} once consent is
 *                      withdrawn
 */
public record LeadProfile(
        String emailDomain,
        String companyDomain,
        String jobTitle,
        int companySize,
        String industry,
        String country,
        Set<NegativeSignal> flags) {

    public LeadProfile {
        emailDomain = Text.domain(orEmpty(emailDomain));
        companyDomain = Text.domain(orEmpty(companyDomain));
        jobTitle = orEmpty(jobTitle).trim();
        industry = Text.key(orEmpty(industry));
        country = orEmpty(country).trim().toUpperCase(Locale.ROOT);
        if (companySize < 0) {
            throw new IllegalArgumentException("companySize must not be negative, was " + companySize);
        }
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The domain of an e-mail address: what follows its last {@code @}, or empty. */
    public static String domainOf(String email) {
        int at = Objects.requireNonNull(email, "email").lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
