package dev.leadbridge.attribution.domain.model;

import static dev.leadbridge.attribution.domain.Fixtures.USD;
import static dev.leadbridge.attribution.domain.Fixtures.day;
import static dev.leadbridge.attribution.domain.Fixtures.touch;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShapleyModelTests {

    private static int touchNumber;

    /**
     * The glove game of the Shapley value's textbook presentations (e.g. Wikipedia, "Shapley value", section "Glove
     * game"): players 1 and 2 hold a left glove, player 3 a right one, and a coalition is worth 1 when it holds a
     * pair. The Shapley values are 1/6, 1/6 and 2/3.
     */
    @Test
    void theGloveGameGivesTheRightGloveTwoThirds() {
        double[] worth = new double[8];
        for (int mask = 0; mask < 8; mask++) {
            boolean left = (mask & 0b011) != 0;
            boolean right = (mask & 0b100) != 0;
            worth[mask] = left && right ? 1 : 0;
        }

        assertThat(ShapleyModel.exactValues(worth, 3))
                .containsExactly(new double[] {1.0 / 6, 1.0 / 6, 2.0 / 3}, offset(1e-12));
    }

    /**
     * Zhao, Mahboobi and Bagheri (arXiv:1804.05327, 2018), section 3, prove that in the game where a coalition is worth
     * the conversions of the journeys whose channels it contains, channel j's Shapley value is the sum over the
     * channel sets S that contain j of the conversions of journeys using exactly S, divided by |S|. The general
     * formula must give the same on ChannelAttribution's 10,000 paths over 12 channels.
     */
    @Test
    void theGeneralFormulaAgreesWithZhaosSimplifiedOneOnChannelAttributionsPaths() throws IOException {
        ShapleyModel.Coalitions paths = channelAttributionPaths();
        int players = paths.players().size();
        double[] conversions = new double[1 << players];
        for (int coalition = 0; coalition < paths.members().size(); coalition++) {
            int exactly = maskOf(paths.members().get(coalition));
            for (int mask = 0; mask < conversions.length; mask++) {
                if ((mask & exactly) == exactly) {
                    conversions[mask] += paths.won()[coalition];
                }
            }
        }
        double[] simplified = new double[players];
        for (int coalition = 0; coalition < paths.members().size(); coalition++) {
            int[] members = paths.members().get(coalition);
            for (int player : members) {
                simplified[player] += paths.won()[coalition] / members.length;
            }
        }

        assertThat(players).isEqualTo(12);
        assertThat(ShapleyModel.exactValues(conversions, players)).containsExactly(simplified, offset(1e-6));
    }

    /**
     * On the conversion-rate game of ChannelAttribution's paths: the values add up to the rate of all journeys
     * (efficiency), and the sampled estimate the model uses beyond {@value ShapleyModel#EXACT_UP_TO} channels lands
     * near the exact values.
     */
    @Test
    void onChannelAttributionsPathsTheValuesAddUpToTheConversionRateAndSamplingComesClose() throws IOException {
        ShapleyModel.Coalitions paths = channelAttributionPaths();
        double rate = Arrays.stream(paths.won()).sum() / Arrays.stream(paths.journeys()).sum();

        double[] exact = ShapleyModel.exact(paths);
        double[] sampled = ShapleyModel.sampled(paths, ShapleyModel.PERMUTATIONS, new Random(3));

        System.out.printf("SHAPLEY on ChannelAttribution's paths: exact %s, sampled %s, sum %.6f, rate %.6f%n",
                Arrays.toString(exact), Arrays.toString(sampled), Arrays.stream(exact).sum(), rate);
        assertThat(Arrays.stream(exact).sum()).isCloseTo(rate, offset(1e-9));
        assertThat(Arrays.stream(sampled).sum()).isCloseTo(rate, offset(1e-9));
        for (int player = 0; player < exact.length; player++) {
            assertThat(sampled[player]).as(paths.players().get(player)).isCloseTo(exact[player], offset(0.003));
        }
    }

    @Test
    void aChannelOnlyInLostJourneysEarnsNothingAndEachDealAddsUpToItsAmount() {
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            journeys.add(path(i % 5 == 0 ? null : new BigDecimal("100.00"), Channel.PAID_SEARCH));
            journeys.add(path(i % 2 == 0 ? null : new BigDecimal("100.00"), Channel.PAID_SEARCH, Channel.EMAIL));
            journeys.add(path(null, Channel.SOCIAL));
            journeys.add(path(i % 3 == 0 ? new BigDecimal("50.00") : null, Channel.EMAIL));
        }
        Journey mixed = path(new BigDecimal("99.99"), Channel.SOCIAL, Channel.PAID_SEARCH, Channel.EMAIL);
        journeys.add(mixed);

        ShapleyModel model = ShapleyModel.fit(journeys, TouchDimension.CHANNEL);

        assertThat(model.exact()).isTrue();
        assertThat(model.values().get("paid_search")).isGreaterThan(model.values().get("email"));
        assertThat(model.values().get("social")).isLessThanOrEqualTo(0.0);
        DealCredits credits = DealCredits.of(mixed, model);
        assertThat(credits.minorUnits(0)).as("social's touch").isZero();
        assertThat(credits.minorUnits(0) + credits.minorUnits(1) + credits.minorUnits(2)).isEqualTo(9_999);
    }

    @Test
    void beyondFifteenCampaignsTheValuesAreSampledAndTheSameJourneysGiveTheSameValues() {
        List<Journey> journeys = new ArrayList<>();
        Random random = new Random(8);
        for (int i = 0; i < 400; i++) {
            Journey.Builder builder = Journey.builder(UUID.randomUUID());
            int touches = 1 + random.nextInt(3);
            for (int t = 0; t < touches; t++) {
                builder.touch(new Touch(Fixtures.touchId(++touchNumber), day(t), Channel.EMAIL,
                        "campaign-" + random.nextInt(20)));
            }
            journeys.add(builder.closed(random.nextInt(4) == 0 ? Close.won(day(30), BigDecimal.TEN, USD)
                    : Close.lost(day(30))).build());
        }

        ShapleyModel first = ShapleyModel.fit(journeys, TouchDimension.CAMPAIGN);

        assertThat(first.exact()).isFalse();
        assertThat(first.values()).hasSize(20).isEqualTo(ShapleyModel.fit(journeys, TouchDimension.CAMPAIGN).values());
    }

    /** ChannelAttribution's example paths as coalitions: each path's set of channels, its conversions and nulls. */
    private static ShapleyModel.Coalitions channelAttributionPaths() throws IOException {
        List<String> lines = Files.readAllLines(SharedReference.file("attribution/ChannelAttribution-Data.csv"));
        Map<TreeSet<String>, double[]> counts = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split(";");
            TreeSet<String> channels = new TreeSet<>();
            for (String channel : columns[0].split(">")) {
                channels.add(channel.trim());
            }
            names.addAll(channels);
            double[] count = counts.computeIfAbsent(channels, ignored -> new double[2]);
            count[0] += Double.parseDouble(columns[1]);
            count[1] += Double.parseDouble(columns[1]) + Double.parseDouble(columns[3]);
        }
        List<String> players = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        players.forEach(player -> index.put(player, index.size()));
        List<int[]> members = new ArrayList<>();
        double[] won = new double[counts.size()];
        double[] journeys = new double[counts.size()];
        int coalition = 0;
        for (Map.Entry<TreeSet<String>, double[]> entry : counts.entrySet()) {
            members.add(entry.getKey().stream().mapToInt(index::get).toArray());
            won[coalition] = entry.getValue()[0];
            journeys[coalition++] = entry.getValue()[1];
        }
        return new ShapleyModel.Coalitions(players, members, won, journeys);
    }

    private static int maskOf(int[] members) {
        int mask = 0;
        for (int member : members) {
            mask |= 1 << member;
        }
        return mask;
    }

    private static Journey path(BigDecimal amount, Channel... channels) {
        Journey.Builder builder = Journey.builder(UUID.randomUUID());
        for (int i = 0; i < channels.length; i++) {
            builder.touch(touch(++touchNumber, day(i), channels[i]));
        }
        return builder.closed(amount == null ? Close.lost(day(30)) : Close.won(day(30), amount, USD)).build();
    }
}
