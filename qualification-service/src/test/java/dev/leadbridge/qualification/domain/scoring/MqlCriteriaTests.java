package dev.leadbridge.qualification.domain.scoring;

import static dev.leadbridge.events.payload.TouchpointType.DEMO_REQUEST;
import static dev.leadbridge.events.payload.TouchpointType.PRICING_PAGE_VIEW;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.NOW;
import static dev.leadbridge.qualification.domain.scoring.ScoringFixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Score;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default criteria: total ≥ 70 with grade ≥ B, or a demo request within 30 days. */
class MqlCriteriaTests {

    private static final MqlCriteria CRITERIA = ScoringModel.defaultModel().mql();
    private static final Instant CAPTURED = NOW.minus(Duration.ofDays(365));

    @Test
    void qualifiesATotalAtTheThresholdWithTheMinimumGrade() {
        MqlDecision decision = CRITERIA.decide(card(70, Grade.B), List.of(), CAPTURED);

        assertThat(decision).isEqualTo(new MqlDecision.Qualified(MqlReason.SCORE_THRESHOLD,
                "total 70 reaches 70 with grade B (at least B)"));
        assertThat(decision.qualified()).isTrue();
    }

    @Test
    void doesNotQualifyATotalBelowTheThreshold() {
        MqlDecision decision = CRITERIA.decide(card(69, Grade.A), List.of(), CAPTURED);

        assertThat(decision).isEqualTo(new MqlDecision.NotQualified("total 69 is below 70"));
        assertThat(decision.qualified()).isFalse();
    }

    @Test
    void doesNotQualifyAHighTotalWithTooLowAGrade() {
        assertThat(CRITERIA.decide(card(95, Grade.C), List.of(), CAPTURED))
                .isEqualTo(new MqlDecision.NotQualified("grade C is below B"));
    }

    @Test
    void namesEveryShortfall() {
        assertThat(CRITERIA.decide(card(10, Grade.D), List.of(), CAPTURED).explanation())
                .isEqualTo("total 10 is below 70; grade D is below B");
    }

    @Test
    void qualifiesAHandRaiserAtOnceWhateverItsScore() {
        EngagementEvent demo = touch(DEMO_REQUEST, Duration.ofDays(1));

        MqlDecision decision = CRITERIA.decide(card(5, Grade.D), List.of(demo), CAPTURED);

        assertThat(decision).isInstanceOfSatisfying(MqlDecision.Qualified.class, qualified -> {
            assertThat(qualified.reason()).isEqualTo(MqlReason.HAND_RAISER);
            assertThat(qualified.explanation()).contains("demo_request", demo.touchpointId().toString());
        });
    }

    @Test
    void prefersHandRaiserOverThresholdWhenBothHold() {
        MqlDecision decision = CRITERIA.decide(card(100, Grade.A), List.of(touch(DEMO_REQUEST, Duration.ZERO)),
                CAPTURED);

        assertThat(decision).isInstanceOfSatisfying(MqlDecision.Qualified.class,
                qualified -> assertThat(qualified.reason()).isEqualTo(MqlReason.HAND_RAISER));
    }

    @Test
    void countsAHandRaiseUpToTheEndOfItsWindowOnly() {
        assertThat(CRITERIA.decide(card(5, Grade.D), List.of(touch(DEMO_REQUEST, Duration.ofDays(30))), CAPTURED)
                .qualified()).isTrue();
        assertThat(CRITERIA.decide(card(5, Grade.D),
                List.of(touch(DEMO_REQUEST, Duration.ofDays(30).plusMillis(1))), CAPTURED).qualified()).isFalse();
    }

    @Test
    void doesNotCountAHandRaiseFromAnEarlierQualificationCycle() {
        EngagementEvent demo = touch(DEMO_REQUEST, Duration.ofDays(3));
        Instant recycled = NOW.minus(Duration.ofDays(2));

        assertThat(CRITERIA.decide(card(5, Grade.D), List.of(demo), recycled).qualified()).isFalse();
    }

    @Test
    void doesNotCountAHandRaiseAfterTheScoringInstant() {
        assertThat(CRITERIA.decide(card(5, Grade.D), List.of(touch(DEMO_REQUEST, Duration.ofMinutes(-1))), CAPTURED)
                .qualified()).isFalse();
    }

    @Test
    void doesNotTreatOtherTouchpointsAsHandRaisers() {
        assertThat(CRITERIA.decide(card(5, Grade.D), List.of(touch(PRICING_PAGE_VIEW, Duration.ZERO)), CAPTURED)
                .qualified()).isFalse();
    }

    @Test
    void aPersonWhoWithdrewConsentIsAnMqlByHandRaiseOnlyNeverByScore() {
        Scorecard withdrawn = new Scorecard(1, NOW, new Score(120, 90, 30, Grade.A, List.of()), List.of(), false);

        assertThat(CRITERIA.decide(withdrawn, List.of(), CAPTURED)).isEqualTo(new MqlDecision.NotQualified(
                "withdrew marketing consent: only a hand-raise makes the lead an MQL"));
        assertThat(CRITERIA.decide(withdrawn, List.of(touch(DEMO_REQUEST, Duration.ZERO)), CAPTURED).qualified())
                .isTrue();
    }

    @Test
    void neverQualifiesADisqualifiedLeadNotEvenAHandRaiser() {
        Scorecard competitor = new Scorecard(1, NOW, new Score(120, 90, 130, Grade.A, List.of()),
                List.of("negative-competitor"), true);

        assertThat(CRITERIA.decide(competitor, List.of(touch(DEMO_REQUEST, Duration.ZERO)), CAPTURED))
                .isEqualTo(new MqlDecision.NotQualified("disqualified by negative-competitor"));
    }

    @Test
    void qualifiesTheIdealLeadWithALittleRecentEngagementUnderTheDefaultModel() {
        ScoringModel model = ScoringModel.defaultModel();
        List<EngagementEvent> touchpoints = List.of(touch(PRICING_PAGE_VIEW, Duration.ofDays(1)));

        Scorecard card = Scorer.score(model, ScoringFixtures.idealLead(), touchpoints, NOW);

        assertThat(model.mql().decide(card, touchpoints, CAPTURED)).isInstanceOfSatisfying(
                MqlDecision.Qualified.class,
                qualified -> assertThat(qualified.reason()).isEqualTo(MqlReason.SCORE_THRESHOLD));
    }

    private static Scorecard card(int total, Grade grade) {
        return new Scorecard(1, NOW, new Score(total, total, 0, grade, List.of()), List.of(), true);
    }
}
