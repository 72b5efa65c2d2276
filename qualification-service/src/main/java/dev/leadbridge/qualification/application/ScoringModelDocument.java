package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.CompanySizeBand;
import dev.leadbridge.qualification.domain.scoring.CountryRule;
import dev.leadbridge.qualification.domain.scoring.EmailDomainRule;
import dev.leadbridge.qualification.domain.scoring.EngagementRule;
import dev.leadbridge.qualification.domain.scoring.FitRules;
import dev.leadbridge.qualification.domain.scoring.GradeThresholds;
import dev.leadbridge.qualification.domain.scoring.IndustryRule;
import dev.leadbridge.qualification.domain.scoring.MqlCriteria;
import dev.leadbridge.qualification.domain.scoring.NegativeRule;
import dev.leadbridge.qualification.domain.scoring.NegativeSignal;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.domain.scoring.TitleRule;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scoring model as marketing writes and reads it, and as published versions are stored (document version
 * {@link #VERSION}): a shape of its own, so renaming a field of the domain's {@link ScoringModel} never changes the
 * API or the stored models. Missing parts stay missing (null), so the model's validation names them. Stored versions
 * carry no version of their own (0, left out): the history numbers them.
 */
public record ScoringModelDocument(@JsonInclude(JsonInclude.Include.NON_DEFAULT) int version, Fit fit,
                                   List<Engagement> engagement, List<Negative> negative, Grades grades, Mql mql) {

    /** The version of this shape in storage; a reader for every older version stays when it changes. */
    public static final int VERSION = 1;

    /** Points for who the lead is. */
    public record Fit(List<Title> titles, List<CompanySize> companySizes, List<Industry> industries,
                      List<Country> countries, EmailDomain emailDomain) {
    }

    public record Title(String id, TitleRule.Dimension dimension, List<String> keywords, int points) {
    }

    public record CompanySize(String id, int minEmployees, int points) {
    }

    public record Industry(String id, List<String> industries, int points) {
    }

    public record Country(String id, List<String> countries, int points) {
    }

    public record EmailDomain(String id, List<String> freeMailDomains, int corporatePoints, int freeMailPoints) {
    }

    /** Points per touchpoint of a type, halving every {@code halfLife}, at most {@code maxCounted} of them. */
    public record Engagement(String id, TouchpointType type, int points, Duration halfLife, int maxCounted) {
    }

    /** Points taken away, or the lead disqualified, for a signal such as a competitor's domain. */
    public record Negative(String id, NegativeSignal signal, int points, boolean disqualifying, List<String> domains,
                           List<String> titleKeywords) {
    }

    /** The lowest totals of grades A, B and C. */
    public record Grades(int a, int b, int c) {
    }

    /** When a lead becomes an MQL: a total and grade, or a hand-raise within the window. */
    public record Mql(int minTotal, Grade minGrade, Set<TouchpointType> handRaisers, Duration handRaiserWindow) {
    }

    public static ScoringModelDocument of(ScoringModel model) {
        FitRules fit = model.fit();
        return new ScoringModelDocument(model.version(),
                fit == null ? null : new Fit(
                        each(fit.titles(), rule -> new Title(rule.id(), rule.dimension(), rule.keywords(),
                                rule.points())),
                        each(fit.companySizes(), band -> new CompanySize(band.id(), band.minEmployees(),
                                band.points())),
                        each(fit.industries(), rule -> new Industry(rule.id(), rule.industries(), rule.points())),
                        each(fit.countries(), rule -> new Country(rule.id(), rule.countries(), rule.points())),
                        fit.emailDomain() == null ? null : new EmailDomain(fit.emailDomain().id(),
                                fit.emailDomain().freeMailDomains(), fit.emailDomain().corporatePoints(),
                                fit.emailDomain().freeMailPoints())),
                each(model.engagement(), rule -> new Engagement(rule.id(), rule.type(), rule.points(),
                        rule.halfLife(), rule.maxCounted())),
                each(model.negative(), rule -> new Negative(rule.id(), rule.signal(), rule.points(),
                        rule.disqualifying(), rule.domains(), rule.titleKeywords())),
                model.grades() == null ? null
                        : new Grades(model.grades().a(), model.grades().b(), model.grades().c()),
                model.mql() == null ? null : new Mql(model.mql().minTotal(), model.mql().minGrade(),
                        model.mql().handRaisers(), model.mql().handRaiserWindow()));
    }

    /** The domain's model; validate it before use. */
    public ScoringModel toDomain() {
        return new ScoringModel(version,
                fit == null ? null : new FitRules(
                        each(fit.titles(), title -> new TitleRule(title.id(), title.dimension(), title.keywords(),
                                title.points())),
                        each(fit.companySizes(), size -> new CompanySizeBand(size.id(), size.minEmployees(),
                                size.points())),
                        each(fit.industries(), industry -> new IndustryRule(industry.id(), industry.industries(),
                                industry.points())),
                        each(fit.countries(), country -> new CountryRule(country.id(), country.countries(),
                                country.points())),
                        fit.emailDomain() == null ? null : new EmailDomainRule(fit.emailDomain().id(),
                                fit.emailDomain().freeMailDomains(), fit.emailDomain().corporatePoints(),
                                fit.emailDomain().freeMailPoints())),
                each(engagement, rule -> new EngagementRule(rule.id(), rule.type(), rule.points(), rule.halfLife(),
                        rule.maxCounted())),
                each(negative, rule -> new NegativeRule(rule.id(), rule.signal(), rule.points(), rule.disqualifying(),
                        rule.domains(), rule.titleKeywords())),
                grades == null ? null : new GradeThresholds(grades.a(), grades.b(), grades.c()),
                mql == null ? null : new MqlCriteria(mql.minTotal(), mql.minGrade(), mql.handRaisers(),
                        mql.handRaiserWindow()));
    }

    /** Each element mapped; a missing list stays missing and a missing element stays missing, for validation. */
    private static <A, B> List<B> each(List<A> elements, Function<A, B> mapping) {
        return elements == null ? null : elements.stream()
                .map(element -> element == null ? null : mapping.apply(element))
                .collect(Collectors.toList());
    }
}
