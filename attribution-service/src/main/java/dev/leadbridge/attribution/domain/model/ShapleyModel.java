package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The game-theoretic model: each channel (or campaign) is credited by its Shapley value in a cooperative game whose
 * players are the channels, learnt from all journeys, converting and not.
 * <p>
 * <b>The game.</b> A coalition {@code S} of channels is worth the conversion rate of the journeys that used only
 * channels of {@code S}: {@code v(S) = won(⊆S) ⁄ journeys(⊆S)}, where {@code won(⊆S)} counts won journeys whose set of
 * channels is a subset of {@code S} and {@code journeys(⊆S)} all such journeys (zero when there are none; {@code v(∅)
 * = 0}). This is the conversion-probability game of Dalessandro et al., "Causally Motivated Attribution for Online
 * Advertising" (ADKDD 2012), with the subset ("cumulative") coalition of Zhao, Mahboobi and Bagheri, "Shapley Value
 * Methods for Attribution Modeling in Online Advertising" (arXiv:1804.05327, 2018), so that a coalition no journey used
 * exactly still has a worth. A channel's value {@code φ(c) = Σ_{S ⊆ N∖{c}} |S|!(n−|S|−1)!⁄n! · (v(S∪{c}) − v(S))} is
 * its marginal effect on the conversion rate averaged over every order the channels could join in; the values add up
 * to {@code v(N)}, the conversion rate of all journeys. A channel whose journeys convert worse than those without it
 * can have a negative value.
 * <p>
 * <b>Exact and approximate.</b> With up to {@value #EXACT_UP_TO} players the values are exact: every coalition's
 * worth by a subset-sum (zeta) transform over the 2<sup>n</sup> coalitions, then the formula above, O(n·2<sup>n</sup>)
 * time and O(2<sup>n</sup>) memory. Beyond that (campaigns, typically) they are estimated from {@value #PERMUTATIONS}
 * random orders drawn with a fixed seed (Castro, Gómez and Tejada, "Polynomial calculation of the Shapley value based
 * on sampling", Computers &amp; Operations Research 36(5), 2009): each order adds the channels one by one and credits
 * each with the change in worth it causes; the estimate is unbiased, its standard error shrinks with the square root of
 * the orders, and the same journeys always give the same values.
 * <p>
 * <b>Crediting a deal.</b> As the Markov model does with removal effects: a won deal's amount is split among the
 * channels on its journey in proportion to their values (negative ones count as zero), each channel's part evenly
 * among its touches; a journey whose channels are all worth nothing is credited linearly.
 */
public final class ShapleyModel implements AttributionModel {

    /** Up to this many channels or campaigns the values are exact; beyond, sampled. */
    public static final int EXACT_UP_TO = 15;
    /** The random orders an approximation draws. */
    static final int PERMUTATIONS = 10_000;
    private static final long SEED = 1804_05327L;

    private final TouchDimension dimension;
    private final Map<String, Double> values;
    private final boolean exact;

    private ShapleyModel(TouchDimension dimension, Map<String, Double> values, boolean exact) {
        this.dimension = dimension;
        this.values = Collections.unmodifiableMap(values);
        this.exact = exact;
    }

    /** Learns the channels' (or campaigns') values from {@code journeys}, all of them, converting and not. */
    public static ShapleyModel fit(Collection<Journey> journeys, TouchDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Coalitions coalitions = Coalitions.of(journeys, dimension);
        double[] values = coalitions.players().size() <= EXACT_UP_TO ? exact(coalitions)
                : sampled(coalitions, PERMUTATIONS, new Random(SEED));
        Map<String, Double> byName = new TreeMap<>();
        for (int player = 0; player < values.length; player++) {
            byName.put(coalitions.players().get(player), values[player]);
        }
        return new ShapleyModel(dimension, byName, coalitions.players().size() <= EXACT_UP_TO);
    }

    @Override
    public ModelId id() {
        return ModelId.SHAPLEY;
    }

    public TouchDimension dimension() {
        return dimension;
    }

    /** Each channel's (or campaign's) Shapley value, by name, sorted by name. */
    public Map<String, Double> values() {
        return values;
    }

    /** Whether the values are exact rather than sampled. */
    public boolean exact() {
        return exact;
    }

    @Override
    public long[] weigh(Journey journey) {
        return Weights.byStateValue(journey, dimension, state -> values.getOrDefault(state, 0.0));
    }

    /**
     * The distinct sets of players the journeys used, each with how many journeys used exactly it and how many of
     * those were won. Players are numbered in name order.
     */
    record Coalitions(List<String> players, List<int[]> members, double[] won, double[] journeys) {

        static Coalitions of(Collection<Journey> journeys, TouchDimension dimension) {
            Map<TreeSet<String>, double[]> counts = new LinkedHashMap<>();
            TreeSet<String> names = new TreeSet<>();
            for (Journey journey : journeys) {
                if (journey.attributableCount() == 0) {
                    continue;
                }
                TreeSet<String> used = new TreeSet<>();
                for (int i = 0; i < journey.attributableCount(); i++) {
                    used.add(dimension.keyOf(journey.touch(i)));
                }
                names.addAll(used);
                double[] count = counts.computeIfAbsent(used, ignored -> new double[2]);
                count[0] += journey.isWon() ? 1 : 0;
                count[1]++;
            }
            List<String> players = List.copyOf(names);
            Map<String, Integer> index = new HashMap<>();
            players.forEach(player -> index.put(player, index.size()));
            List<int[]> members = new ArrayList<>(counts.size());
            double[] won = new double[counts.size()];
            double[] total = new double[counts.size()];
            int coalition = 0;
            for (Map.Entry<TreeSet<String>, double[]> entry : counts.entrySet()) {
                members.add(entry.getKey().stream().mapToInt(index::get).toArray());
                won[coalition] = entry.getValue()[0];
                total[coalition++] = entry.getValue()[1];
            }
            return new Coalitions(players, members, won, total);
        }
    }

    /** The exact values of the conversion-rate game, for at most {@link #EXACT_UP_TO} players. */
    static double[] exact(Coalitions coalitions) {
        int players = coalitions.players().size();
        double[] won = new double[1 << players];
        double[] journeys = new double[1 << players];
        for (int coalition = 0; coalition < coalitions.members().size(); coalition++) {
            int mask = 0;
            for (int player : coalitions.members().get(coalition)) {
                mask |= 1 << player;
            }
            won[mask] += coalitions.won()[coalition];
            journeys[mask] += coalitions.journeys()[coalition];
        }
        subsetSums(won, players);
        subsetSums(journeys, players);
        double[] worth = new double[1 << players];
        for (int mask = 0; mask < worth.length; mask++) {
            worth[mask] = journeys[mask] == 0 ? 0 : won[mask] / journeys[mask];
        }
        return exactValues(worth, players);
    }

    /**
     * The Shapley values of any game of {@code players} players given by the worth of every coalition, indexed by
     * its bit mask: {@code φ(i) = Σ_{S ∌ i} |S|!(n−|S|−1)!⁄n! · (v(S∪{i}) − v(S))}.
     */
    static double[] exactValues(double[] worth, int players) {
        double[] weightOfSize = new double[players];
        for (int size = 0; size < players; size++) {
            // |S|!(n−|S|−1)!/n! = 1 / (n · C(n−1, |S|))
            weightOfSize[size] = 1.0 / (players * binomial(players - 1, size));
        }
        double[] values = new double[players];
        for (int mask = 0; mask < worth.length; mask++) {
            int size = Integer.bitCount(mask);
            for (int player = 0; player < players; player++) {
                int bit = 1 << player;
                if ((mask & bit) == 0) {
                    values[player] += weightOfSize[size] * (worth[mask | bit] - worth[mask]);
                }
            }
        }
        return values;
    }

    /** Turns per-coalition totals into totals over each coalition's subsets, in place. */
    private static void subsetSums(double[] totals, int players) {
        for (int player = 0; player < players; player++) {
            int bit = 1 << player;
            for (int mask = 0; mask < totals.length; mask++) {
                if ((mask & bit) != 0) {
                    totals[mask] += totals[mask ^ bit];
                }
            }
        }
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /**
     * The values of the conversion-rate game estimated from {@code orders} random orders of the players: in each,
     * the players join one by one, a journey's coalition counts once its last member has joined, and each player is
     * credited with the change in worth its joining caused.
     */
    static double[] sampled(Coalitions coalitions, int orders, Random random) {
        int players = coalitions.players().size();
        List<List<Integer>> coalitionsOf = new ArrayList<>(players);
        for (int player = 0; player < players; player++) {
            coalitionsOf.add(new ArrayList<>());
        }
        for (int coalition = 0; coalition < coalitions.members().size(); coalition++) {
            for (int player : coalitions.members().get(coalition)) {
                coalitionsOf.get(player).add(coalition);
            }
        }
        double[] values = new double[players];
        int[] order = new int[players];
        int[] missing = new int[coalitions.members().size()];
        for (int round = 0; round < orders; round++) {
            shuffle(order, random);
            for (int coalition = 0; coalition < missing.length; coalition++) {
                missing[coalition] = coalitions.members().get(coalition).length;
            }
            double won = 0;
            double journeys = 0;
            double worth = 0;
            for (int player : order) {
                for (int coalition : coalitionsOf.get(player)) {
                    if (--missing[coalition] == 0) {
                        won += coalitions.won()[coalition];
                        journeys += coalitions.journeys()[coalition];
                    }
                }
                double joined = journeys == 0 ? 0 : won / journeys;
                values[player] += joined - worth;
                worth = joined;
            }
        }
        for (int player = 0; player < players; player++) {
            values[player] /= orders;
        }
        return values;
    }

    /** A uniformly random order of 0 … n−1 (Fisher–Yates). */
    private static void shuffle(int[] order, Random random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
    }
}
