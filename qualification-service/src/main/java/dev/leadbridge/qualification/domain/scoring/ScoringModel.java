package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scoring model as versioned data: what fit and engagement are worth, what counts against a lead, how fit maps
 * to grades and when a lead is an MQL. Marketing edits it as a document; a new version is published only if
 * {@link #validate()} finds nothing, and every score names the version it was computed with.
 *
 * @param version   increases with every published change; 1 is {@link #defaultModel()}
 * @param engagement at most one rule per touchpoint type; types without a rule earn nothing
 * @param negative  every rule that fires applies once
 */
public record ScoringModel(
        int version,
        FitRules fit,
        List<EngagementRule> engagement,
        List<NegativeRule> negative,
        GradeThresholds grades,
        MqlCriteria mql) {

    public ScoringModel {
        engagement = Lenient.list(engagement);
        negative = Lenient.list(negative);
    }

    /**
     * The most points one rule may give or take. Bounding rules keeps every total far from integer overflow (twelve
     * touchpoint types × {@value #MAX_COUNTED} touchpoints × this) and catches a slipped zero.
     */
    static final int MAX_POINTS = 1000;
    /** The most touchpoints of one type an engagement rule may count. */
    static final int MAX_COUNTED = 1000;

    /** Sensible business-to-business rules, published as version 1 until marketing publishes its own. */
    public static ScoringModel defaultModel() {
        return DefaultScoringModel.MODEL;
    }

    /** The same rules as another version, for publishing a draft. */
    public ScoringModel withVersion(int newVersion) {
        return new ScoringModel(newVersion, fit, engagement, negative, grades, mql);
    }

    /** The free-mail providers the model knows; empty when it has no e-mail rule. */
    public Set<String> freeMailDomains() {
        EmailDomainRule rule = fit == null ? null : fit.emailDomain();
        return rule == null ? Set.of() : Set.copyOf(rule.freeMailDomains());
    }

    /** What is wrong with the model, one sentence per problem naming where; empty when it can be published. */
    public List<String> validate() {
        Problems problems = new Problems();
        problems.check(version >= 1, "version must be at least 1, was %d", version);
        if (problems.require(fit, "fit")) {
            fit.validate(problems);
        }
        problems.each(engagement, "engagement", (rule, path) -> rule.validate(path, problems));
        engagement.stream().filter(rule -> rule != null && rule.type() != null)
                .collect(Collectors.groupingBy(EngagementRule::type, () -> new EnumMap<>(TouchpointType.class),
                        Collectors.toList()))
                .forEach((type, rules) -> problems.check(rules.size() == 1,
                        "engagement: %d rules for touchpoint type %s, at most one allowed", rules.size(), type.wire()));
        problems.each(negative, "negative", (rule, path) -> rule.validate(path, problems));
        if (problems.require(grades, "grades")) {
            grades.validate(problems);
        }
        if (problems.require(mql, "mql")) {
            mql.validate(problems);
        }
        return problems.list();
    }

    /** Records a problem if a rule's points exceed {@link #MAX_POINTS} either way. */
    static void checkPoints(Problems problems, String path, int points) {
        problems.check(Math.abs(points) <= MAX_POINTS, "%s must be between -%d and %d, was %d",
                path, MAX_POINTS, MAX_POINTS, points);
    }

    /** This model, if it is valid. */
    ScoringModel requireValid() {
        List<String> problems = validate();
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("the scoring model", problems);
        }
        return this;
    }
}
