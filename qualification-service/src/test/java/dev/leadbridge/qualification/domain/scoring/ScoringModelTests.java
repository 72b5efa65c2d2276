package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.TouchpointType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringModelTests {

    private static final ScoringModel DEFAULT = ScoringModel.defaultModel();
    private static final FitRules FIT = DEFAULT.fit();

    @Test
    void publishesTheDefaultModelAsAValidVersionOne() {
        assertThat(DEFAULT.version()).isEqualTo(1);
        assertThat(DEFAULT.validate()).isEmpty();
    }

    @Test
    void keepsTheRulesWhenGivenANewVersion() {
        ScoringModel next = DEFAULT.withVersion(2);

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.withVersion(1)).isEqualTo(DEFAULT);
    }

    @Test
    void listsEveryMissingSection() {
        ScoringModel empty = new ScoringModel(0, null, null, null, null, null);

        assertThat(empty.validate()).containsExactly(
                "version must be at least 1, was 0",
                "fit is required",
                "grades is required",
                "mql is required");
    }

    @Test
    void rejectsRuleIdsUsedTwiceAnywhereInTheModel() {
        EngagementRule clash = new EngagementRule("title-vp", TouchpointType.OTHER, 1, Duration.ofDays(1), 1);

        assertThat(withEngagement(clash).validate())
                .containsExactly("engagement[11].id: id 'title-vp' is used more than once");
    }

    @Test
    void rejectsBadTitleRules() {
        FitRules fit = new FitRules(List.of(
                new TitleRule("", null, List.of(), 5),
                new TitleRule("punctuation", TitleRule.Dimension.SENIORITY, Arrays.asList("--", null), 2000)),
                FIT.companySizes(), FIT.industries(), FIT.countries(), FIT.emailDomain());

        assertThat(withFit(fit).validate()).containsExactly(
                "fit.titles[0].id is required",
                "fit.titles[0].dimension is required",
                "fit.titles[0].keywords must name at least one keyword",
                "fit.titles[1].points must be between -1000 and 1000, was 2000",
                "fit.titles[1].keywords[0] must contain a letter or digit",
                "fit.titles[1].keywords[1] must contain a letter or digit");
    }

    @Test
    void rejectsCompanySizeBandsStartingBelowOneOrTwiceAtTheSameSize() {
        FitRules fit = new FitRules(FIT.titles(), List.of(new CompanySizeBand("zero", 0, 1),
                new CompanySizeBand("a", 50, 1), new CompanySizeBand("b", 50, 2)),
                FIT.industries(), FIT.countries(), FIT.emailDomain());

        assertThat(withFit(fit).validate()).containsExactly(
                "fit.companySizes[0].minEmployees must be at least 1, was 0",
                "fit.companySizes: bands 'a' and 'b' both start at 50 employees");
    }

    @Test
    void rejectsUnknownCountriesAndCountriesInTwoRules() {
        FitRules fit = new FitRules(FIT.titles(), FIT.companySizes(), FIT.industries(),
                List.of(new CountryRule("europe", List.of("DE", "UK", "de"), 5),
                        new CountryRule("dach", List.of("DE", "AT"), 5),
                        new CountryRule("nowhere", List.of(), 5)),
                FIT.emailDomain());

        assertThat(withFit(fit).validate()).containsExactly(
                "fit.countries[0].countries[1] must be an upper-case ISO-3166 alpha-2 code, was 'UK'",
                "fit.countries[0].countries[2] must be an upper-case ISO-3166 alpha-2 code, was 'de'",
                "fit.countries[2].countries must name at least one country",
                "fit.countries: DE is in both 'europe' and 'dach'");
    }

    @Test
    void rejectsAnIndustryInTwoRulesWhateverItsCase() {
        FitRules fit = new FitRules(FIT.titles(), FIT.companySizes(),
                List.of(new IndustryRule("tech", List.of("Software"), 10),
                        new IndustryRule("saas", List.of("software ", " "), 5)),
                FIT.countries(), FIT.emailDomain());

        assertThat(withFit(fit).validate()).containsExactly(
                "fit.industries[1].industries[1] is required",
                "fit.industries: 'software' is in both 'tech' and 'saas'");
    }

    @Test
    void rejectsAMissingOrMalformedEmailDomainRule() {
        FitRules missing = new FitRules(FIT.titles(), FIT.companySizes(), FIT.industries(), FIT.countries(), null);
        FitRules malformed = new FitRules(FIT.titles(), FIT.companySizes(), FIT.industries(), FIT.countries(),
                new EmailDomainRule("email", List.of("gmail.com", "not a domain"), 10, -5000));

        assertThat(withFit(missing).validate()).containsExactly("fit.emailDomain is required");
        assertThat(withFit(malformed).validate()).containsExactly(
                "fit.emailDomain.freeMailPoints must be between -1000 and 1000, was -5000",
                "fit.emailDomain.freeMailDomains[1] must be a domain name like gmail.com, was 'not a domain'");
    }

    @Test
    void rejectsBadEngagementRules() {
        ScoringModel model = withEngagement(
                new EngagementRule("free", TouchpointType.OTHER, 0, Duration.ofMinutes(5), 0),
                new EngagementRule("again", TouchpointType.PAGE_VIEW, 1, null, 5000));

        assertThat(model.validate()).containsExactly(
                "engagement[11].points must be positive (penalties belong in negative rules), was 0",
                "engagement[11].halfLife must be at least PT1H, was PT5M",
                "engagement[11].maxCounted must be between 1 and 1000, was 0",
                "engagement[12].halfLife is required",
                "engagement[12].maxCounted must be between 1 and 1000, was 5000",
                "engagement: 2 rules for touchpoint type page_view, at most one allowed");
    }

    @Test
    void rejectsNegativeRulesThatAddPointsOrMatchMalformedDomains() {
        ScoringModel model = new ScoringModel(1, FIT, DEFAULT.engagement(), List.of(
                new NegativeRule("bonus", NegativeSignal.STUDENT, 10, false, List.of("x..y"), List.of("!")),
                new NegativeRule("unknown", null, -10, false, null, null)),
                DEFAULT.grades(), DEFAULT.mql());

        assertThat(model.validate()).containsExactly(
                "negative[0].points must be below zero, was 10",
                "negative[0].domains[0] must be a domain name or suffix like rival.com or edu, was 'x..y'",
                "negative[0].titleKeywords[0] must contain a letter or digit",
                "negative[1].signal is required");
    }

    @Test
    void rejectsGradeThresholdsThatDoNotFallFromAToC() {
        ScoringModel model = new ScoringModel(1, FIT, DEFAULT.engagement(), DEFAULT.negative(),
                new GradeThresholds(40, 60, 20), DEFAULT.mql());

        assertThat(model.validate())
                .containsExactly("grades: thresholds must fall from A to C (a > b > c), were a=40 b=60 c=20");
    }

    @Test
    void rejectsMqlCriteriaThatWouldQualifyEveryLeadOrAreIncomplete() {
        ScoringModel model = new ScoringModel(1, FIT, DEFAULT.engagement(), DEFAULT.negative(), DEFAULT.grades(),
                new MqlCriteria(0, null, new HashSet<>(Arrays.asList(TouchpointType.DEMO_REQUEST, null)),
                        Duration.ofMinutes(1)));

        assertThat(model.validate()).containsExactly(
                "mql.minTotal must be positive, or every lead would qualify; was 0",
                "mql.minGrade is required",
                "mql.handRaisers must not contain an empty entry",
                "mql.handRaiserWindow must be at least PT1H, was PT1M");
    }

    @Test
    void reportsNullRulesInsteadOfFailingOnThem() {
        List<EngagementRule> withNull = new ArrayList<>(DEFAULT.engagement());
        withNull.add(null);
        ScoringModel model = new ScoringModel(1, FIT, withNull, DEFAULT.negative(), DEFAULT.grades(),
                new MqlCriteria(70, Grade.B, Set.of(), Duration.ofDays(1)));

        assertThat(model.validate()).containsExactly("engagement[11] is required");
    }

    private static ScoringModel withFit(FitRules fit) {
        return new ScoringModel(1, fit, DEFAULT.engagement(), DEFAULT.negative(), DEFAULT.grades(), DEFAULT.mql());
    }

    private static ScoringModel withEngagement(EngagementRule... extra) {
        List<EngagementRule> rules = new ArrayList<>(DEFAULT.engagement());
        rules.addAll(Arrays.asList(extra));
        return new ScoringModel(1, FIT, rules, DEFAULT.negative(), DEFAULT.grades(), DEFAULT.mql());
    }
}
