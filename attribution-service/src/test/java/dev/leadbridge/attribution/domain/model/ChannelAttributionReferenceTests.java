package dev.leadbridge.attribution.domain.model;

import static dev.leadbridge.attribution.domain.Fixtures.USD;
import static dev.leadbridge.attribution.domain.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.leadbridge.attribution.domain.Fixtures;
import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.infrastructure.testing.SharedReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Markov model against an independent implementation: ChannelAttribution 2.2.4 (D. Altomare; R/Python), whose
 * order-1 Markov model with null paths was run on its own example data of 10,000 paths (19,785 conversions, 68,602
 * nulls) with 10<sup>7</sup> simulations. Its removal effects are Monte-Carlo estimates, biased on paths that loop,
 * while ours are exact (closed form), so they agree to a tolerance rather than to the last digit, and in order.
 */
class ChannelAttributionReferenceTests {

    @Test
    void removalEffectsAgreeWithChannelAttributionsOnItsExamplePaths() throws IOException {
        List<Journey> journeys = new ArrayList<>();
        List<String> paths = Files.readAllLines(SharedReference.file("attribution/ChannelAttribution-Data.csv"));
        int touch = 0;
        for (String line : paths.subList(1, paths.size())) {
            String[] columns = line.split(";");
            String[] states = columns[0].split(">");
            int conversions = (int) Double.parseDouble(columns[1]);
            int nulls = (int) Double.parseDouble(columns[3]);
            for (int journey = 0; journey < conversions + nulls; journey++) {
                Journey.Builder builder = Journey.builder(UUID.randomUUID());
                for (int i = 0; i < states.length; i++) {
                    builder.touch(new Touch(Fixtures.touchId(++touch), day(i), Channel.OTHER, states[i].trim()));
                }
                journeys.add(builder.closed(journey < conversions ? Close.won(day(30), BigDecimal.ONE, USD)
                        : Close.lost(day(30))).build());
            }
        }
        Map<String, Double> reference = Files.readAllLines(SharedReference.file(
                        "attribution/channelattribution_2.2.4_markov_order1_with_nulls_seed0_nsim1e7.csv"))
                .stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(columns -> columns[0], columns -> Double.parseDouble(columns[2])));

        Map<String, Double> ours = MarkovModel.fit(journeys, TouchDimension.CAMPAIGN).removalEffects();

        System.out.printf("MARKOV removal effects, ours (exact) vs ChannelAttribution 2.2.4 (1e7 simulations): %s%n",
                reference.keySet().stream().sorted().map(state -> String.format("%s %.4f/%.4f", state,
                        ours.get(state), reference.get(state))).collect(Collectors.joining(", ")));
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(reference.keySet());
        reference.forEach((state, effect) ->
                assertThat(ours.get(state)).as(state).isCloseTo(effect, offset(0.005)));
        assertThat(ranking(ours)).isEqualTo(ranking(reference));
    }

    private static List<String> ranking(Map<String, Double> effects) {
        return effects.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
