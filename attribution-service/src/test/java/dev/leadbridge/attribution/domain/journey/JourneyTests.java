package dev.leadbridge.attribution.domain.journey;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.CloseOutcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

import static dev.leadbridge.attribution.domain.Fixtures.USD;
import static dev.leadbridge.attribution.domain.Fixtures.day;
import static dev.leadbridge.attribution.domain.Fixtures.touch;
import static dev.leadbridge.attribution.domain.Fixtures.touchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyTests {

    @Test
    void ordersTouchesByTimeThenByIdWhateverTheOrderTheyArrivedIn() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(3, day(2), Channel.EMAIL))
                .touch(touch(2, day(1), Channel.SOCIAL))
                .touch(touch(1, day(1), Channel.PAID_SEARCH))
                .build();

        assertThat(journey.touches()).extracting(Touch::touchId)
                .containsExactly(touchId(1), touchId(2), touchId(3));
    }

    @Test
    void findsTheLastTouchAtOrBeforeAMilestone() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(3), Channel.SOCIAL))
                .touch(touch(3, day(6), Channel.EMAIL))
                .reached(Milestone.LEAD_CREATION, day(3))
                .reached(Milestone.OPPORTUNITY_CREATION, day(5))
                .build();

        assertThat(journey.touchIndexOf(Milestone.FIRST_TOUCH)).isZero();
        assertThat(journey.touchIndexOf(Milestone.LEAD_CREATION)).isEqualTo(1);
        assertThat(journey.touchIndexOf(Milestone.OPPORTUNITY_CREATION)).isEqualTo(1);
        assertThat(journey.touchIndexOf(Milestone.MQL)).isEqualTo(Journey.NO_TOUCH);
        assertThat(journey.touchIndexOf(Milestone.CLOSE)).isEqualTo(Journey.NO_TOUCH);
    }

    @Test
    void aMarkedTouchHoldsItsMilestoneWhateverTheTimes() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(3), Channel.SOCIAL, Milestone.LEAD_CREATION))
                .touch(touch(3, day(6), Channel.EMAIL))
                .reached(Milestone.LEAD_CREATION, day(7))
                .build();

        assertThat(journey.touchIndexOf(Milestone.LEAD_CREATION)).isEqualTo(1);
    }

    @Test
    void noTouchHoldsAMilestoneReachedBeforeAnyTouch() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(5), Channel.EMAIL))
                .reached(Milestone.LEAD_CREATION, day(1))
                .build();

        assertThat(journey.touchIndexOf(Milestone.LEAD_CREATION)).isEqualTo(Journey.NO_TOUCH);
    }

    @Test
    void onlyTouchesUpToTheCloseAreAttributable() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.PAID_SEARCH))
                .touch(touch(2, day(10), Channel.SOCIAL))
                .touch(touch(3, day(11), Channel.EMAIL, Milestone.OPPORTUNITY_CREATION))
                .closed(Close.won(day(10), BigDecimal.TEN, USD))
                .build();

        assertThat(journey.attributableCount()).isEqualTo(2);
        assertThat(journey.touchIndexOf(Milestone.CLOSE)).isEqualTo(1);
        assertThat(journey.touchIndexOf(Milestone.OPPORTUNITY_CREATION)).isEqualTo(Journey.NO_TOUCH);
    }

    @Test
    void keepsTheFirstTimeAMilestoneWasReached() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .reached(Milestone.MQL, day(8))
                .reached(Milestone.MQL, day(2))
                .reached(Milestone.MQL, day(5))
                .build();

        assertThat(journey.reachedAt(Milestone.MQL)).contains(day(2));
    }

    @Test
    void derivesFirstTouchAndCloseTimes() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(4), Channel.EMAIL))
                .closed(Close.lost(day(9)))
                .build();

        assertThat(journey.reachedAt(Milestone.FIRST_TOUCH)).contains(day(4));
        assertThat(journey.reachedAt(Milestone.CLOSE)).contains(day(9));
        assertThat(journey.isWon()).isFalse();
        assertThat(journey.wonDeal()).isEmpty();
    }

    @Test
    void aWonDealCarriesItsAmountInMinorUnitsOfItsCurrency() {
        Journey dollars = Journey.builder(UUID.randomUUID())
                .closed(Close.won(day(1), new BigDecimal("1234.5"), USD)).build();
        Journey yen = Journey.builder(UUID.randomUUID())
                .closed(Close.won(day(1), new BigDecimal("150000"), Currency.getInstance("JPY"))).build();
        Journey dinars = Journey.builder(UUID.randomUUID())
                .closed(Close.won(day(1), new BigDecimal("1.5"), Currency.getInstance("BHD"))).build();

        assertThat(dollars.wonDeal().orElseThrow().minorUnits()).isEqualTo(123_450);
        assertThat(yen.wonDeal().orElseThrow().minorUnits()).isEqualTo(150_000);
        assertThat(dinars.wonDeal().orElseThrow().minorUnits()).isEqualTo(1_500);
        assertThat(dollars.wonDeal().orElseThrow().amount()).isEqualTo(new BigDecimal("1234.50"));
    }

    @Test
    void roundsSubCentAmountsHalfEven() {
        assertThat(MinorUnits.of(new BigDecimal("10.005"), USD)).isEqualTo(1_000);
        assertThat(MinorUnits.of(new BigDecimal("10.015"), USD)).isEqualTo(1_002);
    }

    @Test
    void aWonDealWithoutAmountHasNoRevenue() {
        Journey journey = Journey.builder(UUID.randomUUID())
                .closed(new Close(CloseOutcome.WON, day(1), null, null)).build();

        assertThat(journey.isWon()).isTrue();
        assertThat(journey.wonDeal()).isEmpty();
    }

    @Test
    void refusesTheSameTouchTwice() {
        Journey.Builder builder = Journey.builder(UUID.randomUUID())
                .touch(touch(1, day(0), Channel.EMAIL))
                .touch(touch(1, day(1), Channel.EMAIL));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMilestonesThatFollowFromTouchesOrTheClose() {
        assertThatThrownBy(() -> touch(1, day(0), Channel.EMAIL, Milestone.FIRST_TOUCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Journey.builder(UUID.randomUUID()).reached(Milestone.CLOSE, day(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Close(CloseOutcome.WON, day(1), BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Close.won(day(1), new BigDecimal("-1"), USD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupsATouchWithoutCampaignUnderNone() {
        Touch touch = new Touch(touchId(1), day(0), Channel.DIRECT, " ", Set.of());

        assertThat(touch.campaign()).isEqualTo(Touch.NO_CAMPAIGN);
        assertThat(TouchDimension.CAMPAIGN.keyOf(touch)).isEqualTo("(none)");
        assertThat(TouchDimension.CHANNEL.keyOf(touch)).isEqualTo("direct");
        assertThat(TouchDimension.fromWire("campaign")).contains(TouchDimension.CAMPAIGN);
    }
}
