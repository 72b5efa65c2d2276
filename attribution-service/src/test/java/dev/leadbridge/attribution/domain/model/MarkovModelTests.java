package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.RandomJourneys;
import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.leadbridge.attribution.domain.Fixtures.USD;
import static dev.leadbridge.attribution.domain.Fixtures.day;
import static dev.leadbridge.attribution.domain.Fixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class MarkovModelTests {

    private static int touchNumber;

    /** A journey through {@code channels}, one touch a day, won with {@code amount} or lost. */
    private static Journey path(BigDecimal amount, Channel... channels) {
        Journey.Builder builder = Journey.builder(UUID.randomUUID());
        for (int i = 0; i < channels.length; i++) {
            builder.touch(touch(++touchNumber, day(i), channels[i]));
        }
        return builder.closed(amount == null ? Close.lost(day(30)) : Close.won(day(30), amount, USD)).build();
    }

    private static long[] credits(Journey journey, AttributionModel model) {
        DealCredits credits = DealCredits.of(journey, model);
        long[] minorUnits = new long[credits.size()];
        for (int i = 0; i < minorUnits.length; i++) {
            minorUnits[i] = credits.minorUnits(i);
        }
        return minorUnits;
    }

    /**
     * The three-path example used in public write-ups of Markov attribution, with C1 = paid_search, C2 = social,
     * C3 = email:
     * <pre>
     *   C1 → C2 → C3 → conversion     (won, $100)
     *   C1 → null                     (lost)
     *   C2 → C3 → null                (lost)
     * </pre>
     * Transition probabilities, counted from the paths:
     * <pre>
     *   start → C1 2/3, start → C2 1/3
     *   C1 → C2 1/2,    C1 → null 1/2
     *   C2 → C3 1       (both visits to C2 go on to C3)
     *   C3 → conv 1/2,  C3 → null 1/2
     * </pre>
     * P(conversion) = 2/3·1/2·1·1/2 + 1/3·1·1/2 = 1/6 + 1/6 = 1/3.
     * <ul>
     *   <li>without C1 (start → C1 goes to null): only start → C2 → C3 → conv, 1/3·1·1/2 = 1/6, so
     *       RE(C1) = 1 − (1/6)/(1/3) = 1/2;</li>
     *   <li>without C2: every converting path passes C2, P = 0, RE(C2) = 1;</li>
     *   <li>without C3: likewise RE(C3) = 1.</li>
     * </ul>
     * Normalised: 0.5 / 2.5 = 20%, 1 / 2.5 = 40%, 40%. The won deal touched each channel once, so $100 splits into
     * $20 / $40 / $40.
     */
    @Test
    void matchesTheThreePathExampleComputedByHand() {
        Journey won = path(new BigDecimal("100.00"), Channel.PAID_SEARCH, Channel.SOCIAL, Channel.EMAIL);
        List<Journey> journeys = List.of(won,
                path(null, Channel.PAID_SEARCH),
                path(null, Channel.SOCIAL, Channel.EMAIL));

        MarkovModel model = MarkovModel.fit(journeys, TouchDimension.CHANNEL);

        assertThat(model.conversionProbability()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(model.removalEffects()).containsOnlyKeys("paid_search", "social", "email");
        assertThat(model.removalEffects().get("paid_search")).isCloseTo(0.5, offset(1e-12));
        assertThat(model.removalEffects().get("social")).isCloseTo(1.0, offset(1e-12));
        assertThat(model.removalEffects().get("email")).isCloseTo(1.0, offset(1e-12));
        assertThat(model.shares().get("paid_search")).isCloseTo(0.2, offset(1e-12));
        assertThat(credits(won, model)).containsExactly(2_000, 4_000, 4_000);
    }

    /**
     * A chain with a loop, where a channel is visited twice:
     * <pre>
     *   C1 → C2 → C1 → conversion     (won, $120)   C1 = paid_search, C2 = email
     *   C2 → null                     (lost)
     * </pre>
     * Transitions: start → C1 1/2, start → C2 1/2; C1 → C2 1/2, C1 → conv 1/2; C2 → C1 1/2, C2 → null 1/2.
     * Conversion probabilities a(s): a(C1) = 1/2 + 1/2·a(C2), a(C2) = 1/2·a(C1), so a(C1) = 2/3, a(C2) = 1/3, and
     * P(conversion) = 1/2·2/3 + 1/2·1/3 = 1/2.
     * <ul>
     *   <li>without C1: no path converts, RE(C1) = 1;</li>
     *   <li>without C2: a(C1) = 1/2 and start → C2 is lost, P = 1/2·1/2 = 1/4, RE(C2) = 1 − (1/4)/(1/2) = 1/2.</li>
     * </ul>
     * The won journey's channels share $120 as 1 : 1/2, so C1 gets $80, split over its two touches ($40 each), and C2
     * gets $40.
     */
    @Test
    void matchesALoopingChainComputedByHand() {
        Journey won = path(new BigDecimal("120.00"), Channel.PAID_SEARCH, Channel.EMAIL, Channel.PAID_SEARCH);
        List<Journey> journeys = List.of(won, path(null, Channel.EMAIL));

        MarkovModel model = MarkovModel.fit(journeys, TouchDimension.CHANNEL);

        assertThat(model.conversionProbability()).isCloseTo(0.5, offset(1e-12));
        assertThat(model.removalEffects().get("paid_search")).isCloseTo(1.0, offset(1e-12));
        assertThat(model.removalEffects().get("email")).isCloseTo(0.5, offset(1e-12));
        assertThat(credits(won, model)).containsExactly(4_000, 4_000, 4_000);
        assertThat(DealCredits.of(won, model).totals(TouchDimension.CHANNEL))
                .containsEntry("paid_search", new BigDecimal("80.00"))
                .containsEntry("email", new BigDecimal("40.00"));
    }

    @Test
    void learnsByCampaignWhenAskedTo() {
        Journey won = path(new BigDecimal("100.00"), Channel.PAID_SEARCH, Channel.PAID_SEARCH);

        MarkovModel model = MarkovModel.fit(List.of(won), TouchDimension.CAMPAIGN);

        // two campaigns in a row on the only, converting, path: removing either loses every conversion
        assertThat(model.removalEffects()).hasSize(2).allSatisfy((campaign, effect) ->
                assertThat(effect).isCloseTo(1.0, offset(1e-12)));
    }

    @Test
    void creditsLinearlyWhenTheChainKnowsNothingOfTheJourney() {
        MarkovModel model = MarkovModel.fit(List.of(path(null, Channel.SOCIAL)), TouchDimension.CHANNEL);
        Journey won = path(new BigDecimal("10.00"), Channel.EVENT, Channel.PARTNER);

        assertThat(model.conversionProbability()).isZero();
        assertThat(model.shares()).isEmpty();
        assertThat(credits(won, model)).containsExactly(500, 500);
    }

    /**
     * Property: the removal effects equal the textbook definition, computed independently by actually removing each
     * state (redirecting transitions into it to null) and iterating the chain to its absorption probabilities.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void removalEffectsMatchRemovingEachStateForReal(long seed) {
        RandomJourneys random = new RandomJourneys(seed);
        List<Journey> journeys = Stream.generate(random::anyJourney).limit(random.random().nextInt(1, 30)).toList();
        TouchDimension dimension = random.random().nextBoolean() ? TouchDimension.CHANNEL : TouchDimension.CAMPAIGN;

        MarkovModel model = MarkovModel.fit(journeys, dimension);

        BruteForceChain chain = new BruteForceChain(journeys, dimension);
        double baseline = chain.conversionProbability(null);
        assertThat(model.conversionProbability()).as("seed %d", seed).isCloseTo(baseline, offset(1e-9));
        model.removalEffects().forEach((state, effect) -> {
            double expected = baseline == 0 ? 0 : 1 - chain.conversionProbability(state) / baseline;
            assertThat(effect).as("%s, seed %d", state, seed).isCloseTo(expected, offset(1e-9));
        });
    }

    /** The chain the slow way: transition counts in maps, absorption by value iteration, removal by redirection. */
    private static final class BruteForceChain {

        private static final String START = "<start>";
        private static final String CONVERSION = "<conversion>";
        private static final String NULL = "<null>";

        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        BruteForceChain(List<Journey> journeys, TouchDimension dimension) {
            for (Journey journey : journeys) {
                if (journey.attributableCount() == 0) {
                    continue;
                }
                List<String> path = new ArrayList<>(List.of(START));
                for (int i = 0; i < journey.attributableCount(); i++) {
                    path.add(dimension.keyOf(journey.touch(i)));
                }
                path.add(journey.isWon() ? CONVERSION : NULL);
                for (int i = 1; i < path.size(); i++) {
                    counts.computeIfAbsent(path.get(i - 1), from -> new HashMap<>())
                            .merge(path.get(i), 1, Integer::sum);
                }
            }
        }

        /** P(conversion) from start, {@code removed} (unless null) made a dead end; iterated to a fixpoint. */
        double conversionProbability(String removed) {
            Map<String, Double> value = new HashMap<>();
            double change = 1;
            while (change > 1e-15) {
                Map<String, Double> next = new HashMap<>();
                counts.forEach((from, row) -> next.put(from, step(row, value, removed)));
                change = next.entrySet().stream()
                        .mapToDouble(entry -> Math.abs(entry.getValue() - value.getOrDefault(entry.getKey(), 0.0)))
                        .max().orElse(0);
                value.putAll(next);
            }
            return value.getOrDefault(START, 0.0);
        }

        private static double step(Map<String, Integer> row, Map<String, Double> value, String removed) {
            double total = row.values().stream().mapToInt(Integer::intValue).sum();
            double converting = 0;
            for (Map.Entry<String, Integer> transition : row.entrySet()) {
                String to = transition.getKey();
                double probability = to.equals(CONVERSION) ? 1
                        : to.equals(NULL) || to.equals(removed) ? 0 : value.getOrDefault(to, 0.0);
                converting += transition.getValue() / total * probability;
            }
            return converting;
        }
    }
}
