package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import static dev.leadbridge.events.payload.ScoreCategory.ENGAGEMENT;
import static dev.leadbridge.events.payload.ScoreCategory.FIT;
import static dev.leadbridge.events.payload.ScoreCategory.NEGATIVE;
import static dev.leadbridge.events.payload.TouchpointType.DEMO_REQUEST;
import static dev.leadbridge.events.payload.TouchpointType.EMAIL_CLICK;
import static dev.leadbridge.events.payload.TouchpointType.OTHER;
import static dev.leadbridge.events.payload.TouchpointType.PAGE_VIEW;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.NOW;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.idealLead;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.lead;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorerTests {

    private static final ScoringModel MODEL = ScoringModel.defaultModel();
    private static final int TRIALS = 500;

    @Test
    void explainsEveryPointOfAWellFittingEngagedLead() {
        EngagementEvent demo = touch(DEMO_REQUEST, Duration.ofDays(60));
        EngagementEvent click = touch(EMAIL_CLICK, Duration.ofDays(14));
        EngagementEvent view = touch(PAGE_VIEW, Duration.ofDays(7));

        Scorecard card = Scorer.score(MODEL, idealLead(), List.of(view, demo, click), NOW);

        assertThat(card.score().breakdown())
                .extracting(ScoreContribution::ruleId, ScoreContribution::category, ScoreContribution::points,
                        ScoreContribution::touchpointId)
                .containsExactly(
                        tuple("title-vp", FIT, 20, null),
                        tuple("title-marketing-sales", FIT, 15, null),
                        tuple("size-201", FIT, 20, null),
                        tuple("industry-software", FIT, 10, null),
                        tuple("territory-core", FIT, 10, null),
                        tuple("email-domain", FIT, 10, null),
                        tuple("engagement-demo-request", ENGAGEMENT, 20, demo.touchpointId()),
                        tuple("engagement-email-click", ENGAGEMENT, 2, click.touchpointId()),
                        tuple("engagement-page-view", ENGAGEMENT, 1, view.touchpointId()));
        assertThat(card.score().fit()).isEqualTo(85);
        assertThat(card.score().engagement()).isEqualTo(23);
        assertThat(card.total()).isEqualTo(108);
        assertThat(card.grade()).isEqualTo(Grade.A);
        assertThat(card.modelVersion()).isEqualTo(1);
        assertThat(card.scoredAt()).isEqualTo(NOW);
        assertThat(card.disqualifiedBy()).isEmpty();
        assertThat(card.score().breakdown().get(0).reason()).isEqualTo("job title contains 'vp' (seniority)");
        assertThat(card.score().breakdown().get(7).reason()).isEqualTo("email_click at 2026-11-10T12:00:00Z worth 3"
                + " points, halving every 14d: 1.00 half-lives later 1.50, rounded to 2");
    }

    @Test
    void matchesTitleKeywordsAsWholeWordsOnly() {
        Scorecard card = Scorer.score(MODEL, lead("acme.io", "Director", 0, "", ""), List.of(), NOW);

        assertThat(card.score().breakdown()).extracting(ScoreContribution::ruleId)
                .containsExactly("title-director", "email-domain");
    }

    @Test
    void countsOnlyTheBestTitleRulePerDimension() {
        Scorecard card = Scorer.score(MODEL, lead("", "Founder & Head of Growth", 0, "", ""), List.of(), NOW);

        assertThat(card.score().breakdown()).extracting(ScoreContribution::ruleId, ScoreContribution::points)
                .containsExactly(tuple("title-c-level", 25), tuple("title-marketing-sales", 15));
    }

    @Test
    void givesFreeMailAddressesTheirOwnPoints() {
        Scorecard card = Scorer.score(MODEL, lead("GMail.com", "", 0, "", ""), List.of(), NOW);

        assertThat(card.score().breakdown()).singleElement()
                .extracting(ScoreContribution::ruleId, ScoreContribution::points, ScoreContribution::reason)
                .containsExactly("email-domain", -5, "free-mail address at gmail.com");
    }

    @Test
    void placesCompanySizeInTheBandWithTheLargestLowerBoundReached() {
        assertThat(sizeLines(11)).containsExactly(tuple("size-11", 5));
        assertThat(sizeLines(200)).containsExactly(tuple("size-51", 15));
        assertThat(sizeLines(201)).containsExactly(tuple("size-201", 20));
        assertThat(sizeLines(1001)).containsExactly(tuple("size-1001", 15));
        assertThat(sizeLines(250_000)).containsExactly(tuple("size-5001", 10));
        // the band from 1 employee is worth nothing, so it leaves no line; an unknown size falls into no band
        assertThat(sizeLines(10)).isEmpty();
        assertThat(sizeLines(0)).isEmpty();
    }

    private static List<Tuple> sizeLines(int companySize) {
        return Scorer.score(MODEL, lead("", "", companySize, "", ""), List.of(), NOW).score().breakdown().stream()
                .map(line -> tuple(line.ruleId(), line.points())).toList();
    }

    @Test
    void disqualifiesACompetitorAndGradesItDown() {
        LeadProfile competitor = lead("acme.io", "VP of Marketing", 350, "Software", "DE", NegativeSignal.COMPETITOR);

        Scorecard card = Scorer.score(MODEL, competitor, List.of(touch(DEMO_REQUEST, Duration.ZERO)), NOW);

        assertThat(card.score().breakdown()).filteredOn(line -> line.category() == NEGATIVE)
                .extracting(ScoreContribution::ruleId, ScoreContribution::points, ScoreContribution::reason)
                .containsExactly(tuple("negative-competitor", -100, "flagged as competitor"));
        assertThat(card.disqualifiedBy()).containsExactly("negative-competitor");
        assertThat(card.score().fit()).isEqualTo(85);
        assertThat(card.total()).isEqualTo(85 + 40 - 100);
        assertThat(card.grade()).isEqualTo(Grade.D);
    }

    @Test
    void detectsCompetitorsByDomainIncludingSubdomains() {
        ScoringModel model = withNegative(new NegativeRule("rival", NegativeSignal.COMPETITOR, -100, true,
                List.of("rival.com"), List.of()));

        assertThat(Scorer.score(model, lead("eu.rival.com", "", 0, "", ""), List.of(), NOW).disqualifiedBy())
                .containsExactly("rival");
        assertThat(Scorer.score(model, lead("notrival.com", "", 0, "", ""), List.of(), NOW).disqualifiedBy())
                .isEmpty();
    }

    @Test
    void penalisesStudentsWithoutDisqualifyingThem() {
        Scorecard card = Scorer.score(MODEL, lead("acme.io", "Marketing Student", 0, "", ""), List.of(), NOW);

        assertThat(negativeLines(card)).containsExactly(tuple("negative-student", -40,
                "job title contains 'student'"));
        assertThat(card.disqualifiedBy()).isEmpty();
    }

    @Test
    void disqualifiesJobSeekersByTitle() {
        Scorecard card = Scorer.score(MODEL, lead("gmail.com", "Open to Work | Marketing", 0, "", ""), List.of(), NOW);

        assertThat(negativeLines(card)).containsExactly(tuple("negative-job-seeker", -50,
                "job title contains 'open to work'"));
        assertThat(card.disqualifiedBy()).containsExactly("negative-job-seeker");
    }

    @Test
    void disqualifiesBadDataByPlaceholderDomain() {
        Scorecard card = Scorer.score(MODEL, lead("example.com", "CEO", 0, "", ""), List.of(), NOW);

        assertThat(negativeLines(card)).containsExactly(tuple("negative-bad-data", -50,
                "e-mail domain example.com matches example.com"));
        assertThat(card.disqualifiedBy()).containsExactly("negative-bad-data");
    }

    @Test
    void penalisesUnsubscribedLeads() {
        Scorecard card = Scorer.score(MODEL, lead("acme.io", "", 0, "", "", NegativeSignal.UNSUBSCRIBED), List.of(),
                NOW);

        assertThat(negativeLines(card)).containsExactly(tuple("negative-unsubscribed", -20, "flagged as unsubscribed"));
        assertThat(card.disqualifiedBy()).isEmpty();
    }

    @Test
    void appliesEachNegativeRuleOnceAndEveryRuleThatFires() {
        LeadProfile lead = lead("example.com", "Student, open to work", 0, "", "", NegativeSignal.STUDENT,
                NegativeSignal.UNSUBSCRIBED);

        Scorecard card = Scorer.score(MODEL, lead, List.of(), NOW);

        assertThat(card.score().breakdown()).filteredOn(line -> line.category() == NEGATIVE)
                .extracting(ScoreContribution::ruleId)
                .containsExactly("negative-job-seeker", "negative-student", "negative-bad-data",
                        "negative-unsubscribed");
        assertThat(card.disqualifiedBy()).containsExactly("negative-job-seeker", "negative-bad-data");
    }

    @Test
    void gradesFitAgainstTheThresholds() {
        GradeThresholds grades = new GradeThresholds(60, 40, 20);

        assertThat(grades.gradeOf(90)).isEqualTo(Grade.A);
        assertThat(grades.gradeOf(60)).isEqualTo(Grade.A);
        assertThat(grades.gradeOf(59)).isEqualTo(Grade.B);
        assertThat(grades.gradeOf(40)).isEqualTo(Grade.B);
        assertThat(grades.gradeOf(39)).isEqualTo(Grade.C);
        assertThat(grades.gradeOf(20)).isEqualTo(Grade.C);
        assertThat(grades.gradeOf(19)).isEqualTo(Grade.D);
        assertThat(grades.gradeOf(-100)).isEqualTo(Grade.D);
    }

    @Test
    void gradesTheScoredLeadByItsFit() {
        assertThat(Scorer.score(MODEL, idealLead(), List.of(), NOW).grade()).isEqualTo(Grade.A);
        assertThat(Scorer.score(MODEL, lead("acme.io", "Marketing Manager", 60, "", ""), List.of(), NOW).grade())
                .isEqualTo(Grade.B);
        assertThat(Scorer.score(MODEL, lead("acme.io", "Analyst", 20, "", ""), List.of(), NOW).grade())
                .isEqualTo(Grade.C);
        assertThat(Scorer.score(MODEL, lead("gmail.com", "", 0, "", ""), List.of(), NOW).grade())
                .isEqualTo(Grade.D);
    }

    @Test
    void roundsEachDecayedLineHalfUpAndDropsLinesThatReachZero() {
        EngagementEvent oneHalfLife = touch(EMAIL_CLICK, Duration.ofDays(14));
        EngagementEvent twoHalfLives = touch(EMAIL_CLICK, Duration.ofDays(28));
        EngagementEvent threeHalfLives = touch(EMAIL_CLICK, Duration.ofDays(42));

        Scorecard card = Scorer.score(MODEL, lead("", "", 0, "", ""),
                List.of(oneHalfLife, twoHalfLives, threeHalfLives), NOW);

        // 3 points: 1.5 → 2, 0.75 → 1, 0.375 → 0 (left out)
        assertThat(card.score().breakdown()).extracting(ScoreContribution::touchpointId, ScoreContribution::points)
                .containsExactly(tuple(twoHalfLives.touchpointId(), 1), tuple(oneHalfLife.touchpointId(), 2));
        assertThat(card.score().engagement()).isEqualTo(3);
    }

    @Test
    void ignoresTouchpointsAfterTheScoringInstantAndTypesWithoutARule() {
        Scorecard card = Scorer.score(MODEL, lead("", "", 0, "", ""),
                List.of(touch(DEMO_REQUEST, Duration.ofSeconds(-1)), touch(OTHER, Duration.ZERO)), NOW);

        assertThat(card.score().breakdown()).isEmpty();
        assertThat(card.total()).isZero();
    }

    @Test
    void countsARedeliveredTouchpointOnce() {
        EngagementEvent demo = touch(DEMO_REQUEST, Duration.ZERO);

        Scorecard card = Scorer.score(MODEL, lead("", "", 0, "", ""), List.of(demo, demo, demo), NOW);

        assertThat(card.score().engagement()).isEqualTo(40);
    }

    @Test
    void countsOnlyTheMostRecentTouchpointsOfATypeUpToItsCap() {
        List<EngagementEvent> views = IntStream.range(0, 25)
                .mapToObj(hoursAgo -> touch(PAGE_VIEW, Duration.ofHours(hoursAgo))).toList();

        Scorecard card = Scorer.score(MODEL, lead("", "", 0, "", ""), views, NOW);

        assertThat(card.score().breakdown()).extracting(ScoreContribution::touchpointId)
                .containsExactlyElementsOf(oldestFirst(views.subList(0, 20)));
    }

    @Test
    void refusesAnInvalidModel() {
        ScoringModel broken = MODEL.withVersion(0);

        assertThatThrownBy(() -> Scorer.score(broken, idealLead(), List.of(), NOW))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .containsExactly("version must be at least 1, was 0"));
        assertThatThrownBy(() -> Scorer.forModel(broken)).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void scoresManyLeadsWithOneValidatedModelAsItScoresOne() {
        Scorer scorer = Scorer.forModel(MODEL);
        List<EngagementEvent> touchpoints = List.of(touch(DEMO_REQUEST, Duration.ofDays(3)));

        assertThat(scorer.score(idealLead(), touchpoints, NOW))
                .isEqualTo(Scorer.score(MODEL, idealLead(), touchpoints, NOW));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 22, 33})
    void breakdownAlwaysSumsToTheTotal(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            ScoringModel model = random.nextBoolean() ? MODEL : ScoringFixtures.randomEngagementModel(random);
            LeadProfile lead = ScoringFixtures.randomLead(random);
            List<EngagementEvent> touchpoints = ScoringFixtures.randomTouchpoints(random, NOW);

            Scorecard card = Scorer.score(model, lead, touchpoints, NOW);

            List<ScoreContribution> breakdown = card.score().breakdown();
            assertThat(sum(breakdown, null)).as("seed %d trial %d: %s", seed, trial, card).isEqualTo(card.total());
            assertThat(sum(breakdown, FIT)).isEqualTo(card.score().fit());
            assertThat(sum(breakdown, ENGAGEMENT)).isEqualTo(card.score().engagement());
            assertThat(breakdown).allSatisfy(line -> assertThat(line.points()).isNotZero());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {44, 55})
    void scoresDependOnlyOnTheInputsNotOnTheirOrderOrRedelivery(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            ScoringModel model = ScoringFixtures.randomEngagementModel(random);
            LeadProfile lead = ScoringFixtures.randomLead(random);
            List<EngagementEvent> touchpoints = ScoringFixtures.randomTouchpoints(random, NOW);
            List<EngagementEvent> reordered = new ArrayList<>(touchpoints);
            reordered.addAll(touchpoints.subList(0, touchpoints.size() / 3));
            Collections.shuffle(reordered, new Random(random.nextLong()));

            Scorecard first = Scorer.score(model, lead, touchpoints, NOW);

            assertThat(Scorer.score(model, lead, touchpoints, NOW)).isEqualTo(first);
            assertThat(Scorer.score(model, lead, reordered, NOW)).as("seed %d trial %d", seed, trial)
                    .isEqualTo(first);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {66, 77})
    void engagementOnlyFallsAsALeadGoesQuiet(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            ScoringModel model = random.nextBoolean() ? MODEL : ScoringFixtures.randomEngagementModel(random);
            LeadProfile lead = ScoringFixtures.randomLead(random);
            List<EngagementEvent> touchpoints = ScoringFixtures.randomTouchpoints(random, NOW);
            Instant lastTouch = touchpoints.stream().map(EngagementEvent::occurredAt)
                    .max(Comparator.naturalOrder()).orElse(NOW);
            Instant earlier = lastTouch.plusSeconds(random.nextLong(0, 86_400L * 30));
            Instant later = earlier.plusSeconds(random.nextLong(0, 86_400L * 90));

            Scorecard before = Scorer.score(model, lead, touchpoints, earlier);
            Scorecard after = Scorer.score(model, lead, touchpoints, later);

            assertThat(after.score().engagement()).as("seed %d trial %d", seed, trial)
                    .isLessThanOrEqualTo(before.score().engagement());
            assertThat(after.total()).isLessThanOrEqualTo(before.total());
            assertThat(after.score().fit()).isEqualTo(before.score().fit());
        }
    }

    private static List<UUID> oldestFirst(List<EngagementEvent> newestFirst) {
        List<UUID> ids = new ArrayList<>(newestFirst.stream().map(EngagementEvent::touchpointId).toList());
        Collections.reverse(ids);
        return ids;
    }

    private static int sum(List<ScoreContribution> breakdown, ScoreCategory category) {
        return breakdown.stream().filter(line -> category == null || line.category() == category)
                .mapToInt(ScoreContribution::points).sum();
    }

    private static List<Tuple> negativeLines(Scorecard card) {
        return card.score().breakdown().stream().filter(line -> line.category() == NEGATIVE)
                .map(line -> tuple(line.ruleId(), line.points(), line.reason())).toList();
    }

    private static ScoringModel withNegative(NegativeRule rule) {
        return new ScoringModel(2, MODEL.fit(), MODEL.engagement(), List.of(rule), MODEL.grades(), MODEL.mql());
    }
}
