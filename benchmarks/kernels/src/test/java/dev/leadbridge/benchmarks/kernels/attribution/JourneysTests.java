package dev.leadbridge.benchmarks.kernels.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.DealCredits;
import dev.leadbridge.attribution.domain.model.MarkovModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the attribution benchmarks measuring what they say: journeys of eight attributable touches ending in a won
 * deal, and every model crediting each deal exactly its amount.
 */
class JourneysTests {

    private static final int COUNT = 2_000;

    @Test
    void generatesWonJourneysOfEightAttributableTouches() {
        List<Journey> journeys = Journeys.won(COUNT, 1);

        assertThat(journeys).hasSize(COUNT).allSatisfy(journey -> {
            assertThat(journey.touches()).hasSize(Journeys.TOUCHES_PER_JOURNEY);
            assertThat(journey.attributableCount()).isEqualTo(Journeys.TOUCHES_PER_JOURNEY);
            assertThat(journey.wonDeal()).hasValueSatisfying(deal -> assertThat(deal.minorUnits()).isPositive());
        });
    }

    @Test
    void placesLeadAndOpportunityCreationOnDistinctTouchesAfterTheFirst() {
        for (Journey journey : Journeys.won(COUNT, 2)) {
            int leadCreation = journey.touchIndexOf(Milestone.LEAD_CREATION);
            int opportunityCreation = journey.touchIndexOf(Milestone.OPPORTUNITY_CREATION);

            assertThat(leadCreation).isBetween(0, 3);
            assertThat(opportunityCreation).isGreaterThan(leadCreation).isLessThan(Journeys.TOUCHES_PER_JOURNEY - 1);
        }
    }

    @Test
    void testsSevenRuleModelsByTheirApiNames() {
        assertThat(Crediting.RULE_MODELS).extracting(model -> model.id().wire()).containsExactly(
                "first_touch", "last_touch", "linear", "time_decay", "u_shaped", "w_shaped", "full_path");
    }

    @Test
    void everyModelCreditsEachDealExactlyItsAmount() {
        List<Journey> mixed = Journeys.mixed(COUNT, 3);
        List<AttributionModel> models = new ArrayList<>(Crediting.RULE_MODELS);
        models.add(MarkovModel.fit(mixed, TouchDimension.CHANNEL));
        models.add(MarkovModel.fit(mixed, TouchDimension.CAMPAIGN));

        for (AttributionModel model : models) {
            for (Journey journey : Journeys.won(COUNT, 4)) {
                DealCredits credits = DealCredits.of(journey, model);
                long credited = LongStream.range(0, credits.size()).map(i -> credits.minorUnits((int) i)).sum();

                assertThat(credited).as("%s on journey %s", model.id().wire(), journey.id())
                        .isEqualTo(credits.deal().minorUnits());
            }
        }
    }

    @Test
    void mixesAQuarterWonJourneysForTheMarkovChain() {
        List<Journey> mixed = Journeys.mixed(COUNT, 5);

        assertThat(mixed.stream().filter(Journey::isWon)).hasSize(COUNT / 4);
        assertThat(MarkovModel.fit(mixed, TouchDimension.CHANNEL).conversionProbability()).isBetween(0.2, 0.3);
    }

    @Test
    void creditsEveryWonDealOfTheBatchAndNoOther() {
        List<Journey> mixed = Journeys.mixed(COUNT, 6);
        long wonRevenue = LongStream.of(Journeys.wonMinorUnits(mixed)).sum();

        CreditTotals totals = Crediting.creditWonDeals(mixed, MarkovModel.fit(mixed, TouchDimension.CHANNEL));

        long credited = totals.currencies().stream()
                .mapToLong(currency -> totals.total(currency).movePointRight(currency.getDefaultFractionDigits())
                        .longValueExact())
                .sum();
        assertThat(credited).isEqualTo(wonRevenue);
    }

    @Test
    void generatesTheSameJourneysFromTheSameSeed() {
        List<Journey> first = Journeys.won(100, 7);
        List<Journey> second = Journeys.won(100, 7);

        assertThat(second).extracting(Journey::id).isEqualTo(first.stream().map(Journey::id).toList());
        assertThat(Journeys.wonMinorUnits(second)).isEqualTo(Journeys.wonMinorUnits(first));
        assertThat(second.get(0).touches()).isEqualTo(first.get(0).touches());
    }
}
