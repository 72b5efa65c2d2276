package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.RandomJourneys;
import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Deal;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Properties every model must keep on random journeys (see {@link RandomJourneys}), one seed per case so a failure
 * names the seed that reproduces it.
 */
class AttributionPropertiesTests {

    /** All models, the Markov one learnt from a random population of journeys, converting and not. */
    private static List<AttributionModel> models(RandomJourneys journeys) {
        List<Journey> population = Stream.generate(journeys::anyJourney).limit(40).toList();
        Duration halfLife = Duration.ofHours(journeys.random().nextInt(1, 24 * 30));
        List<AttributionModel> models = new ArrayList<>(List.of(RuleModel.values()));
        models.add(new TimeDecayModel(halfLife));
        models.add(MarkovModel.fit(population, TouchDimension.CHANNEL));
        models.add(MarkovModel.fit(population, TouchDimension.CAMPAIGN));
        return models;
    }

    private static long[] credits(Journey journey, AttributionModel model) {
        DealCredits credits = DealCredits.of(journey, model);
        long[] minorUnits = new long[credits.size()];
        Arrays.setAll(minorUnits, credits::minorUnits);
        return minorUnits;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void creditsAreNonNegativeAndAddUpToTheDealExactly(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        Journey journey = journeys.wonJourney();
        for (AttributionModel model : models(journeys)) {
            long[] credits = credits(journey, model);

            assertThat(credits).as("%s, seed %d", model.id(), seed).hasSize(journey.attributableCount());
            assertThat(Arrays.stream(credits).min().orElseThrow()).as("%s, seed %d", model.id(), seed)
                    .isNotNegative();
            assertThat(Arrays.stream(credits).reduce(0, Math::addExact)).as("%s, seed %d", model.id(), seed)
                    .isEqualTo(journey.wonDeal().orElseThrow().minorUnits());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void aSingleTouchGetsEverything(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        Journey random = journeys.wonJourney();
        Touch only = random.touch(0);
        Journey journey = Journey.builder(random.id()).touch(only)
                .reached(Milestone.LEAD_CREATION, only.occurredAt().plusSeconds(journeys.random().nextInt(-99, 99)))
                .closed(random.close().orElseThrow())
                .build();

        for (AttributionModel model : models(journeys)) {
            assertThat(credits(journey, model)).as("%s, seed %d", model.id(), seed)
                    .containsExactly(journey.wonDeal().orElseThrow().minorUnits());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void theOrderTouchesArriveInChangesNothing(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        Journey journey = journeys.wonJourney();
        List<Touch> shuffled = new ArrayList<>(journey.touches());
        Collections.shuffle(shuffled, new Random(seed));
        Journey reordered = rebuild(journey, shuffled);

        for (AttributionModel model : models(journeys)) {
            assertThat(credits(reordered, model)).as("%s, seed %d", model.id(), seed)
                    .isEqualTo(credits(journey, model));
        }
    }

    /** Rule models look at order, time and milestones only: permuting channels and campaigns among touches is free. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void ruleModelsIgnoreWhichChannelATouchCameFrom(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        Journey journey = journeys.wonJourney();
        List<Touch> touches = journey.touches();
        List<Integer> donors = new ArrayList<>();
        for (int i = 0; i < touches.size(); i++) {
            donors.add(i);
        }
        Collections.shuffle(donors, new Random(seed));
        List<Touch> relabelled = new ArrayList<>();
        for (int i = 0; i < touches.size(); i++) {
            Touch touch = touches.get(i);
            Touch donor = touches.get(donors.get(i));
            relabelled.add(new Touch(touch.touchId(), touch.occurredAt(), donor.channel(), donor.campaign(),
                    touch.marks()));
        }
        Journey permuted = rebuild(journey, relabelled);

        List<AttributionModel> ruleModels = new ArrayList<>(List.of(RuleModel.values()));
        ruleModels.add(new TimeDecayModel());
        for (AttributionModel model : ruleModels) {
            assertThat(credits(permuted, model)).as("%s, seed %d", model.id(), seed)
                    .isEqualTo(credits(journey, model));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void linearCreditsDifferByAtMostOneMinorUnitAndEarlierTouchesGetTheExtra(long seed) {
        long[] credits = credits(new RandomJourneys(seed).wonJourney(), RuleModel.LINEAR);

        for (int i = 1; i < credits.length; i++) {
            assertThat(credits[i - 1] - credits[i]).as("seed %d", seed).isBetween(0L, 1L);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void timeDecayNeverPaysAnOlderTouchMoreThanANewerOneBeyondRounding(long seed) {
        Journey journey = new RandomJourneys(seed).wonJourney();
        long[] credits = credits(journey, new TimeDecayModel());

        for (int older = 0; older < credits.length; older++) {
            for (int newer = older + 1; newer < credits.length; newer++) {
                assertThat(credits[older]).as("seed %d, touches %d and %d", seed, older, newer)
                        .isLessThanOrEqualTo(credits[newer] + 1);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void timeDecayDependsOnlyOnTheTimeBetweenTouches(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        Journey journey = journeys.wonJourney();
        Duration shift = Duration.ofMinutes(journeys.random().nextLong(-1_000_000, 1_000_000));
        List<Touch> shifted = journey.touches().stream()
                .map(touch -> new Touch(touch.touchId(), touch.occurredAt().plus(shift), touch.channel(),
                        touch.campaign(), touch.marks()))
                .toList();
        Close close = journey.close().orElseThrow();
        Journey later = Journey.builder(journey.id()).touches(shifted)
                .closed(new Close(close.outcome(), close.closedAt().plus(shift), close.amount(), close.currency()))
                .build();

        assertThat(credits(later, new TimeDecayModel())).as("seed %d", seed)
                .isEqualTo(credits(journey, new TimeDecayModel()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void channelAndCampaignTotalsEachAddUpToAllRevenue(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        SplittableRandom random = journeys.random();
        CreditTotals totals = new CreditTotals();
        AttributionModel model = models(journeys).get(random.nextInt(RuleModel.values().length + 3));
        List<Journey> deals = Stream.generate(journeys::wonJourney).limit(random.nextInt(1, 20)).toList();
        deals.forEach(deal -> totals.add(DealCredits.of(deal, model)));

        for (Currency currency : totals.currencies()) {
            BigDecimal expected = deals.stream().map(deal -> deal.wonDeal().orElseThrow())
                    .filter(deal -> deal.currency().equals(currency))
                    .map(Deal::amount)
                    .reduce(BigDecimal::add).orElseThrow();
            for (TouchDimension dimension : TouchDimension.values()) {
                assertThat(totals.totals(dimension, currency).values().stream()
                        .reduce(BigDecimal::add).orElseThrow())
                        .as("%s by %s in %s, seed %d", model.id(), dimension, currency, seed)
                        .isEqualByComparingTo(expected);
            }
            assertThat(totals.total(currency)).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void markovLearnsTheSameWhateverTheOrderOfJourneys(long seed) {
        RandomJourneys journeys = new RandomJourneys(seed);
        List<Journey> population = new ArrayList<>(Stream.generate(journeys::anyJourney).limit(60).toList());
        MarkovModel model = MarkovModel.fit(population, TouchDimension.CHANNEL);
        Collections.shuffle(population, new Random(seed));
        MarkovModel shuffled = MarkovModel.fit(population, TouchDimension.CHANNEL);

        assertThat(shuffled.removalEffects().keySet()).isEqualTo(model.removalEffects().keySet());
        model.removalEffects().forEach((channel, effect) ->
                assertThat(shuffled.removalEffects().get(channel)).as("%s, seed %d", channel, seed)
                        .isCloseTo(effect, offset(1e-12)));
    }

    private static Journey rebuild(Journey journey, List<Touch> touches) {
        Journey.Builder builder = Journey.builder(journey.id()).touches(touches);
        for (Milestone milestone : List.of(Milestone.LEAD_CREATION, Milestone.MQL, Milestone.SAL,
                Milestone.OPPORTUNITY_CREATION)) {
            journey.reachedAt(milestone).ifPresent(at -> builder.reached(milestone, at));
        }
        journey.close().ifPresent(builder::closed);
        return builder.build();
    }
}
