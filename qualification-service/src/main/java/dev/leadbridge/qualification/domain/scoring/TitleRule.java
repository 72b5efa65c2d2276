package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;

/**
 * Fit points for a job title that contains one of the keywords as whole words ("vp", "head of"). Seniority and
 * function are scored separately, so "VP Marketing" earns both a seniority and a function rule.
 *
 * @param dimension what the keywords describe; of all rules of one dimension that match, only the one with the most
 *                  points counts (the earlier rule on a tie), so "Senior Director, VP" is not counted twice
 */
public record TitleRule(String id, Dimension dimension, List<String> keywords, int points) {

    /** What a title keyword tells about a person. */
    public enum Dimension {
        SENIORITY,
        FUNCTION
    }

    public TitleRule {
        keywords = Lenient.list(keywords);
    }

    /** The first keyword found in the title's words, or null if none is. */
    String keywordIn(List<String> titleWords) {
        for (String keyword : keywords) {
            if (Text.containsPhrase(titleWords, keyword)) {
                return keyword;
            }
        }
        return null;
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        ScoringModel.checkPoints(problems, path + ".points", points);
        problems.require(dimension, path + ".dimension");
        problems.check(!keywords.isEmpty(), "%s.keywords must name at least one keyword", path);
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = keywords.get(i);
            problems.check(keyword != null && !Text.words(keyword).isEmpty(),
                    "%s.keywords[%d] must contain a letter or digit", path, i);
        }
    }
}
