package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.leadbridge.attribution.domain.Fixtures.USD;
import static dev.leadbridge.attribution.domain.Fixtures.day;
import static dev.leadbridge.attribution.domain.Fixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the rule-based models. The splits are the ones the public descriptions of these models give
 * (position-based models as B2B attribution tools such as Marketo Measure, formerly Bizible, describe them: 40/40/20
 * for U-shaped, 30/30/30/10 for W-shaped, 22.5×4/10 for full path; linear, first/last touch and time decay with a
 * seven-day half-life as web analytics tools such as Google Analytics described them), on a $1,000 deal unless stated.
 * Expected amounts are in cents.
 */
class RuleModelExamplesTests {

    private static final BigDecimal THOUSAND = new BigDecimal("1000.00");

    /** Four touches on four channels; the lead was created by the fourth (a demo request form). */
    private static Journey fourTouchesLeadOnLast(BigDecimal amount) {
        return Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(3), Channel.SOCIAL))
                .touch(touch(3, day(6), Channel.EMAIL))
                .touch(touch(4, day(9), Channel.ORGANIC_SEARCH, Milestone.LEAD_CREATION))
                .reached(Milestone.LEAD_CREATION, day(9))
                .closed(Close.won(day(30), amount, USD))
                .build();
    }

    private static long[] credits(Journey journey, AttributionModel model) {
        DealCredits credits = DealCredits.of(journey, model);
        long[] cents = new long[credits.size()];
        for (int i = 0; i < cents.length; i++) {
            cents[i] = credits.minorUnits(i);
        }
        return cents;
    }

    @Test
    void firstTouchCreditsTheTouchThatFoundTheLead() {
        assertThat(credits(fourTouchesLeadOnLast(THOUSAND), RuleModel.FIRST_TOUCH))
                .containsExactly(100_000, 0, 0, 0);
    }

    @Test
    void lastTouchCreditsTheLastTouchBeforeTheClose() {
        assertThat(credits(fourTouchesLeadOnLast(THOUSAND), RuleModel.LAST_TOUCH))
                .containsExactly(0, 0, 0, 100_000);
    }

    @Test
    void linearSplitsEvenly() {
        assertThat(credits(fourTouchesLeadOnLast(THOUSAND), RuleModel.LINEAR))
                .containsExactly(25_000, 25_000, 25_000, 25_000);
    }

    @Test
    void linearGivesTheCentThatDoesNotDivideToTheEarliestTouch() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(1), Channel.SOCIAL))
                .touch(touch(3, day(2), Channel.EMAIL))
                .closed(Close.won(day(5), new BigDecimal("100.00"), USD))
                .build();

        // 10,000 / 3 = 3,333.33… each: floors 3,333 × 3 = 9,999, the one cent left goes to the earliest of the ties
        assertThat(credits(journey, RuleModel.LINEAR)).containsExactly(3_334, 3_333, 3_333);
    }

    @Test
    void uShapedGivesFortyPercentToFirstTouchAndLeadCreationAndSpreadsTwenty() {
        // the canonical example: 40% / 10% / 10% / 40% of $1,000
        assertThat(credits(fourTouchesLeadOnLast(THOUSAND), RuleModel.U_SHAPED))
                .containsExactly(40_000, 10_000, 10_000, 40_000);
    }

    @Test
    void uShapedSpreadsTwentyPercentOverTouchesAfterLeadCreationToo() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(2), Channel.SOCIAL))
                .touch(touch(3, day(4), Channel.EMAIL))
                .touch(touch(4, day(6), Channel.EVENT))
                .touch(touch(5, day(8), Channel.DIRECT))
                .reached(Milestone.LEAD_CREATION, day(2))
                .closed(Close.won(day(30), THOUSAND, USD))
                .build();

        // touch 2 is the last touch at or before lead creation; 20% over touches 3, 4, 5 = 6.666…% each
        assertThat(credits(journey, RuleModel.U_SHAPED)).containsExactly(40_000, 40_000, 6_667, 6_667, 6_666);
    }

    @Test
    void uShapedGivesASingleTouchEverything() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.REFERRAL, Milestone.LEAD_CREATION))
                .closed(Close.won(day(30), THOUSAND, USD))
                .build();

        assertThat(credits(journey, RuleModel.U_SHAPED)).containsExactly(100_000);
    }

    @Test
    void uShapedSplitsTwoTouchesEvenlyWhenTheSecondCreatedTheLead() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(4), Channel.EMAIL, Milestone.LEAD_CREATION))
                .closed(Close.won(day(30), THOUSAND, USD))
                .build();

        // no touch is left for the 20%, so 40:40 grows to 50:50
        assertThat(credits(journey, RuleModel.U_SHAPED)).containsExactly(50_000, 50_000);
    }

    @Test
    void uShapedGivesEightyPercentToAFirstTouchThatCreatedTheLead() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.EVENT, Milestone.LEAD_CREATION))
                .touch(touch(2, day(4), Channel.EMAIL))
                .touch(touch(3, day(8), Channel.EMAIL))
                .closed(Close.won(day(30), THOUSAND, USD))
                .build();

        assertThat(credits(journey, RuleModel.U_SHAPED)).containsExactly(80_000, 10_000, 10_000);
    }

    /** Five touches: first touch, lead creation on touch 2, opportunity created on touch 4. */
    private static Journey fiveTouchesWithOpportunity() {
        return Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(2), Channel.SOCIAL))
                .touch(touch(3, day(4), Channel.EMAIL))
                .touch(touch(4, day(6), Channel.EVENT))
                .touch(touch(5, day(8), Channel.DIRECT))
                .reached(Milestone.LEAD_CREATION, day(2))
                .reached(Milestone.OPPORTUNITY_CREATION, day(7))
                .closed(Close.won(day(10), THOUSAND, USD))
                .build();
    }

    @Test
    void wShapedGivesThirtyPercentToEachMilestoneAndSpreadsTen() {
        assertThat(credits(fiveTouchesWithOpportunity(), RuleModel.W_SHAPED))
                .containsExactly(30_000, 30_000, 5_000, 30_000, 5_000);
    }

    @Test
    void wShapedWithoutAnOpportunityGrowsTheOtherSharesInProportion() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(2), Channel.SOCIAL, Milestone.LEAD_CREATION))
                .touch(touch(3, day(4), Channel.EMAIL))
                .closed(Close.won(day(10), new BigDecimal("700.00"), USD))
                .build();

        // 30 : 30 : 10 of $700
        assertThat(credits(journey, RuleModel.W_SHAPED)).containsExactly(30_000, 30_000, 10_000);
    }

    @Test
    void fullPathGivesTwentyTwoAndAHalfPercentToEachOfFourMilestones() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(2), Channel.SOCIAL))
                .touch(touch(3, day(4), Channel.EMAIL))
                .touch(touch(4, day(6), Channel.EVENT))
                .touch(touch(5, day(8), Channel.DIRECT))
                .touch(touch(6, day(9), Channel.EMAIL))
                .reached(Milestone.LEAD_CREATION, day(2))
                .reached(Milestone.OPPORTUNITY_CREATION, day(7))
                .closed(Close.won(day(10), THOUSAND, USD))
                .build();

        assertThat(credits(journey, RuleModel.FULL_PATH))
                .containsExactly(22_500, 22_500, 5_000, 22_500, 5_000, 22_500);
    }

    @Test
    void timeDecayHalvesTheWeightPerHalfLifeOfAge() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(7), Channel.SOCIAL))
                .touch(touch(3, day(14), Channel.EMAIL))
                .closed(Close.won(day(14), new BigDecimal("700.00"), USD))
                .build();

        // ages 14, 7, 0 days with a 7-day half-life: weights 1/4, 1/2, 1, i.e. 1/7, 2/7, 4/7 of $700
        assertThat(credits(journey, new TimeDecayModel())).containsExactly(10_000, 20_000, 40_000);
    }

    @Test
    void timeDecayRoundsByLargestRemainder() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(7), Channel.SOCIAL))
                .touch(touch(3, day(14), Channel.EMAIL))
                .closed(Close.won(day(21), THOUSAND, USD))
                .build();

        // 1/7, 2/7, 4/7 of 100,000 cents = 14,285.71…, 28,571.42…, 57,142.85…: floors leave 2 cents, which go to the
        // largest remainders .85… (touch 3) and .71… (touch 1)
        assertThat(credits(journey, new TimeDecayModel())).containsExactly(14_286, 28_571, 57_143);
    }

    @Test
    void timeDecayHonoursAConfiguredHalfLife() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(1), Channel.SOCIAL))
                .closed(Close.won(day(1), new BigDecimal("300.00"), USD))
                .build();

        assertThat(credits(journey, new TimeDecayModel(Duration.ofDays(1)))).containsExactly(10_000, 20_000);
    }

    @Test
    void stitchedAnonymousTouchesBeforeTheLeadCountAsFirstTouch() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.ORGANIC_SEARCH)) // an anonymous visit, stitched by visitor id
                .touch(touch(2, day(5), Channel.PAID_SEARCH, Milestone.LEAD_CREATION))
                .reached(Milestone.LEAD_CREATION, day(5))
                .closed(Close.won(day(20), THOUSAND, USD))
                .build();

        assertThat(credits(journey, RuleModel.FIRST_TOUCH)).containsExactly(100_000, 0);
    }

    @Test
    void touchesAfterTheCloseEarnNothing() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(5), Channel.EMAIL))
                .touch(touch(3, day(25), Channel.SOCIAL))
                .closed(Close.won(day(20), THOUSAND, USD))
                .build();

        DealCredits credits = DealCredits.of(journey, RuleModel.LAST_TOUCH);

        assertThat(credits.touchCredits()).extracting(TouchCredit::touch).extracting(Touch::touchId)
                .containsExactly(journey.touch(0).touchId(), journey.touch(1).touchId());
        assertThat(credits.touchCredits()).extracting(TouchCredit::amount)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("1000.00"));
    }

    @Test
    void everyModelHasItsWireId() {
        List<AttributionModel> models = List.of(RuleModel.FIRST_TOUCH, RuleModel.LAST_TOUCH, RuleModel.LINEAR,
                new TimeDecayModel(), RuleModel.U_SHAPED, RuleModel.W_SHAPED, RuleModel.FULL_PATH);

        assertThat(models).extracting(model -> model.id().wire()).containsExactly("first_touch", "last_touch",
                "linear", "time_decay", "u_shaped", "w_shaped", "full_path");
        assertThat(ModelId.fromWire("markov")).contains(ModelId.MARKOV);
        assertThat(ModelId.fromWire("MARKOV")).isEmpty();
        assertThat(Arrays.stream(ModelId.values()).map(ModelId::wire)).doesNotHaveDuplicates();
    }
}
