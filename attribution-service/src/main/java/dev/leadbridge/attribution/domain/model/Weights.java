package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import java.util.function.ToDoubleFunction;

/**
 * What the models share. Chiefly the turning of real-valued weights (time decay, Markov removal effects) into the
 * integer weights {@link LargestRemainder} divides exactly: each weight relative to the largest, in fixed point with
 * {@value #FRACTION_BITS} fractional bits.
 * That resolution (about one part in a billion) moves a deal's split by at most a cent on deals below about ten
 * million units of currency, keeps {@code amount × weight} within a {@code long} for them, and makes a weight below
 * 2<sup>-31</sup> of the largest count as zero.
 */
final class Weights {

    static final int FRACTION_BITS = 30;

    private Weights() {
    }

    /** The number of touches to weigh, refusing a journey that has none, for which no share can be computed. */
    static int attributableTouches(Journey journey) {
        int count = journey.attributableCount();
        if (count == 0) {
            throw new IllegalArgumentException("journey " + journey.id() + " has no touch at or before its close");
        }
        return count;
    }

    /**
     * The weights of a data-driven model that values states (channels or campaigns) rather than touches: each state
     * on the journey gets a part in proportion to its value, split evenly among its touches. Negative values count as
     * zero; a journey whose states are all worth nothing is credited linearly.
     */
    static long[] byStateValue(Journey journey, TouchDimension dimension, ToDoubleFunction<String> valueOfState) {
        int count = attributableTouches(journey);
        String[] states = new String[count];
        for (int i = 0; i < count; i++) {
            states[i] = dimension.keyOf(journey.touch(i));
        }
        double[] relative = new double[count];
        boolean anyValue = false;
        for (int i = 0; i < count; i++) {
            relative[i] = Math.max(0, valueOfState.applyAsDouble(states[i])) / occurrences(states, states[i]);
            anyValue |= relative[i] > 0;
        }
        return anyValue ? quantise(relative) : RuleModel.LINEAR.weigh(journey);
    }

    /** How often a state occurs on one journey; quadratic in its length, which is short, and allocation-free. */
    private static int occurrences(String[] states, String state) {
        int occurrences = 0;
        for (String other : states) {
            occurrences += other.equals(state) ? 1 : 0;
        }
        return occurrences;
    }

    /** The fixed-point weights; {@code relative} must be finite, non-negative and have a positive maximum. */
    static long[] quantise(double[] relative) {
        double largest = 0;
        for (double weight : relative) {
            largest = Math.max(largest, weight);
        }
        long[] weights = new long[relative.length];
        for (int i = 0; i < relative.length; i++) {
            weights[i] = Math.round(Math.scalb(relative[i] / largest, FRACTION_BITS));
        }
        return weights;
    }
}
