package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Negative points for a {@link NegativeSignal}. The rule fires, once, when the lead is flagged with the signal, when
 * its e-mail or company domain is (a subdomain of) one of {@code domains}, or when its job title contains one of
 * {@code titleKeywords}.
 *
 * @param points        below zero
 * @param disqualifying the lead cannot become an MQL at all while this rule fires, not even as a hand-raiser: a
 *                      competitor asking for a demo is not a sales lead
 */
public record NegativeRule(
        String id,
        NegativeSignal signal,
        int points,
        boolean disqualifying,
        List<String> domains,
        List<String> titleKeywords) {

    public NegativeRule {
        domains = Lenient.list(domains);
        titleKeywords = Lenient.list(titleKeywords);
    }

    /** Why the rule fires for the lead, if it does. */
    Optional<String> match(LeadProfile lead, List<String> titleWords) {
        if (lead.flags().contains(signal)) {
            return Optional.of("flagged as " + signal.name().toLowerCase(Locale.ROOT));
        }
        if (!domains.isEmpty()) {
            // the lead's domains normalised once for all of the rule's domains
            String emailDomain = Text.domain(lead.emailDomain());
            String companyDomain = Text.domain(lead.companyDomain());
            for (String domain : domains) {
                String pattern = Text.domain(domain);
                if (Text.normalisedDomainMatches(emailDomain, pattern)) {
                    return Optional.of("e-mail domain " + lead.emailDomain() + " matches " + pattern);
                }
                if (Text.normalisedDomainMatches(companyDomain, pattern)) {
                    return Optional.of("company domain " + lead.companyDomain() + " matches " + pattern);
                }
            }
        }
        for (String keyword : titleKeywords) {
            if (Text.containsPhrase(titleWords, keyword)) {
                return Optional.of("job title contains '" + keyword + "'");
            }
        }
        return Optional.empty();
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.require(signal, path + ".signal");
        problems.check(points < 0, "%s.points must be below zero, was %d", path, points);
        ScoringModel.checkPoints(problems, path + ".points", points);
        for (int i = 0; i < domains.size(); i++) {
            String domain = domains.get(i);
            problems.check(domain != null && Text.isDomain(domain),
                    "%s.domains[%d] must be a domain name or suffix like rival.com or edu, was '%s'", path, i, domain);
        }
        for (int i = 0; i < titleKeywords.size(); i++) {
            String keyword = titleKeywords.get(i);
            problems.check(keyword != null && !Text.words(keyword).isEmpty(),
                    "%s.titleKeywords[%d] must contain a letter or digit", path, i);
        }
    }
}
