package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;

/** Fit points for a lead whose industry is one of {@code industries}, compared without regard to case. */
public record IndustryRule(String id, List<String> industries, int points) {

    public IndustryRule {
        industries = Lenient.list(industries);
    }

    boolean covers(String industry) {
        for (String candidate : industries) {
            if (candidate != null && Text.key(candidate).equals(industry)) {
                return true;
            }
        }
        return false;
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        ScoringModel.checkPoints(problems, path + ".points", points);
        problems.check(!industries.isEmpty(), "%s.industries must name at least one industry", path);
        for (int i = 0; i < industries.size(); i++) {
            problems.requireText(industries.get(i), path + ".industries[" + i + "]");
        }
    }
}
