package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.TouchDimension;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data-driven model: a first-order Markov chain learnt from all journeys, converting and not, credits each channel
 * (or campaign) by its <em>removal effect</em>, the share of conversions that would be lost without it.
 * <p>
 * <b>The chain.</b> Each journey with at least one attributable touch is a path {@code start → s₁ → … → sₖ → end},
 * where {@code sᵢ} is the channel (or campaign) of its i-th attributable touch, repeats included, and {@code end} is
 * {@code conversion} for a won deal and {@code null} for every other journey (lost, open, or a visitor who never became
 * a lead). Transition probabilities are the observed transition counts divided by the counts leaving each state.
 * <p>
 * <b>Removal effect.</b> Removing state {@code c} sends every transition into it to {@code null}; its removal effect is
 * {@code RE(c) = 1 − P₋c(conversion) ⁄ P(conversion)}. Rather than solve one chain per state, this uses an identity:
 * by the strong Markov property at the first visit to {@code c}, {@code P(conversion) = P(convert without visiting c)
 * + h(c)·a(c)}, where {@code h(c)} is the probability of ever visiting {@code c} from {@code start} and {@code a(c)}
 * the probability of converting from {@code c}; removing {@code c} keeps exactly the first term, so
 * {@code RE(c) = h(c)·a(c) ⁄ P(conversion)}. Both come from one inverse of {@code I − Q} (Q: transitions among start
 * and the states), the fundamental matrix {@code N}: {@code a = N·r} (r: one-step conversion probabilities) and
 * {@code h(c) = N[start][c] ⁄ N[c][c]}. Cost: O(S³) time and O(S²) memory for S states, fine for channels and for
 * campaigns into the low thousands.
 * <p>
 * <b>Crediting a deal.</b> A won deal's amount is split among the states on its journey in proportion to their removal
 * effects, normalised over those states, and each state's part evenly among its touches: touch weight
 * {@code RE(state) ⁄ touches of that state on the journey}. Normalising per journey (rather than over all states, as
 * an aggregate report does) is what lets each deal's credits add up to its amount exactly. A journey whose states all
 * have a removal effect of zero (unknown to the chain, or never seen converting) is credited linearly.
 */
public final class MarkovModel implements AttributionModel {

    private static final int START = 0;

    private final TouchDimension dimension;
    private final Map<String, Integer> stateIndex;
    private final double[] removalEffects;
    private final double conversionProbability;

    private MarkovModel(TouchDimension dimension, Map<String, Integer> stateIndex, double[] removalEffects,
                        double conversionProbability) {
        this.dimension = dimension;
        this.stateIndex = stateIndex;
        this.removalEffects = removalEffects;
        this.conversionProbability = conversionProbability;
    }

    /**
     * Learns the chain from {@code journeys}, all of them, converting and not.
     *
     * @param dimension whether the chain's states are channels or campaigns
     */
    public static MarkovModel fit(Collection<Journey> journeys, TouchDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Map<String, Integer> stateIndex = indexStates(journeys, dimension);
        int transientStates = stateIndex.size() + 1;
        double[][] probabilities = new double[transientStates][transientStates + 2];
        for (Journey journey : journeys) {
            countTransitions(journey, dimension, stateIndex, probabilities);
        }
        normaliseRows(probabilities);
        double[][] fundamental = invert(identityMinusQ(probabilities));
        double[] conversion = conversionProbabilities(fundamental, probabilities);
        double[] removalEffects = removalEffects(fundamental, conversion);
        return new MarkovModel(dimension, stateIndex, removalEffects, conversion[START]);
    }

    /** {@code a = N·r}: from each transient state, the probability of ending in conversion. */
    private static double[] conversionProbabilities(double[][] fundamental, double[][] probabilities) {
        int size = fundamental.length;
        double[] conversion = new double[size];
        for (int state = 0; state < size; state++) {
            for (int via = 0; via < size; via++) {
                conversion[state] += fundamental[state][via] * probabilities[via][size];
            }
        }
        return conversion;
    }

    /**
     * {@code RE(c) = h(c)·a(c) ⁄ P(conversion)} with {@code h(c) = N[start][c] ⁄ N[c][c]}; capped at one against
     * rounding. Index 0 (start) stays zero, which is also the weight of a state the chain never saw.
     */
    private static double[] removalEffects(double[][] fundamental, double[] conversion) {
        double[] effects = new double[conversion.length];
        for (int state = 1; state < effects.length && conversion[START] > 0; state++) {
            double visited = fundamental[START][state] / fundamental[state][state];
            effects[state] = Math.min(1, visited * conversion[state] / conversion[START]);
        }
        return effects;
    }

    @Override
    public ModelId id() {
        return ModelId.MARKOV;
    }

    public TouchDimension dimension() {
        return dimension;
    }

    /** The chain's probability of reaching conversion from start: the baseline every removal effect compares with. */
    public double conversionProbability() {
        return conversionProbability;
    }

    /** The removal effect of each state, by channel wire name or campaign, sorted by name. */
    public Map<String, Double> removalEffects() {
        Map<String, Double> effects = new TreeMap<>();
        stateIndex.forEach((state, index) -> effects.put(state, removalEffects[index]));
        return Collections.unmodifiableMap(effects);
    }

    /**
     * The removal effects normalised to sum to one: each state's share of all conversions, as an aggregate Markov
     * report shows it. Empty when no journey converted.
     */
    public Map<String, Double> shares() {
        double total = Arrays.stream(removalEffects).sum();
        Map<String, Double> shares = new TreeMap<>();
        if (total > 0) {
            removalEffects().forEach((state, effect) -> shares.put(state, effect / total));
        }
        return Collections.unmodifiableMap(shares);
    }

    @Override
    public long[] weigh(Journey journey) {
        return Weights.byStateValue(journey, dimension, state -> removalEffects[stateIndex.getOrDefault(state, START)]);
    }

    /** Numbers the states 1.., in order of first appearance; 0 is start. */
    private static Map<String, Integer> indexStates(Collection<Journey> journeys, TouchDimension dimension) {
        Map<String, Integer> stateIndex = new HashMap<>();
        for (Journey journey : journeys) {
            for (int i = 0; i < journey.attributableCount(); i++) {
                stateIndex.putIfAbsent(dimension.keyOf(journey.touch(i)), stateIndex.size() + 1);
            }
        }
        return stateIndex;
    }

    /**
     * Adds one journey's path to the transition counts: row = from-state, column = to-state, with two extra columns
     * for the absorbing states conversion and null.
     */
    private static void countTransitions(Journey journey, TouchDimension dimension, Map<String, Integer> stateIndex,
                                         double[][] counts) {
        if (journey.attributableCount() == 0) {
            return;
        }
        int from = START;
        for (int i = 0; i < journey.attributableCount(); i++) {
            int to = stateIndex.get(dimension.keyOf(journey.touch(i)));
            counts[from][to]++;
            from = to;
        }
        int conversion = counts.length;
        counts[from][journey.isWon() ? conversion : conversion + 1]++;
    }

    /** The count matrix turned into transition probabilities, in place; a row never left stays all zero. */
    private static void normaliseRows(double[][] counts) {
        for (double[] row : counts) {
            double total = 0;
            for (double count : row) {
                total += count;
            }
            for (int column = 0; column < row.length && total > 0; column++) {
                row[column] /= total;
            }
        }
    }

    /** {@code I − Q}, Q being the transitions among the transient states (start and the channels or campaigns). */
    private static double[][] identityMinusQ(double[][] probabilities) {
        int size = probabilities.length;
        double[][] matrix = new double[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                matrix[row][column] = (row == column ? 1 : 0) - probabilities[row][column];
            }
        }
        return matrix;
    }

    /** The inverse by Gauss–Jordan elimination with partial pivoting. */
    private static double[][] invert(double[][] matrix) {
        int size = matrix.length;
        double[][] inverse = new double[size][size];
        for (int i = 0; i < size; i++) {
            inverse[i][i] = 1;
        }
        for (int column = 0; column < size; column++) {
            int pivot = column;
            for (int row = column + 1; row < size; row++) {
                pivot = Math.abs(matrix[row][column]) > Math.abs(matrix[pivot][column]) ? row : pivot;
            }
            swap(matrix, column, pivot);
            swap(inverse, column, pivot);
            eliminate(matrix, inverse, column);
        }
        return inverse;
    }

    /**
     * Scales the pivot row to a leading one and clears its column from every other row. {@code I − Q} is never
     * singular here: every state on a path is left at least once, so every state reaches conversion or null.
     */
    private static void eliminate(double[][] matrix, double[][] inverse, int column) {
        double pivot = matrix[column][column];
        scale(matrix[column], 1 / pivot);
        scale(inverse[column], 1 / pivot);
        for (int row = 0; row < matrix.length; row++) {
            double factor = matrix[row][column];
            if (row != column && factor != 0) {
                subtract(matrix[row], factor, matrix[column]);
                subtract(inverse[row], factor, inverse[column]);
            }
        }
    }

    private static void swap(double[][] rows, int first, int second) {
        double[] kept = rows[first];
        rows[first] = rows[second];
        rows[second] = kept;
    }

    private static void scale(double[] row, double factor) {
        for (int i = 0; i < row.length; i++) {
            row[i] *= factor;
        }
    }

    private static void subtract(double[] row, double factor, double[] other) {
        for (int i = 0; i < row.length; i++) {
            row[i] -= factor * other[i];
        }
    }
}
