package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;

/**
 * Fit points for the kind of e-mail address: a corporate domain says the lead writes from work, a free-mail one
 * (gmail.com, …) that they may not. {@code freeMailPoints} is usually zero or negative.
 *
 * @param freeMailDomains domains of free-mail providers; subdomains count too
 */
public record EmailDomainRule(String id, List<String> freeMailDomains, int corporatePoints, int freeMailPoints) {

    public EmailDomainRule {
        freeMailDomains = Lenient.list(freeMailDomains);
    }

    boolean isFreeMail(String emailDomain) {
        for (String free : freeMailDomains) {
            if (free != null && Text.domainMatches(emailDomain, free)) {
                return true;
            }
        }
        return false;
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        ScoringModel.checkPoints(problems, path + ".corporatePoints", corporatePoints);
        ScoringModel.checkPoints(problems, path + ".freeMailPoints", freeMailPoints);
        for (int i = 0; i < freeMailDomains.size(); i++) {
            String domain = freeMailDomains.get(i);
            problems.check(domain != null && Text.isDomain(domain),
                    "%s.freeMailDomains[%d] must be a domain name like gmail.com, was '%s'", path, i, domain);
        }
    }
}
