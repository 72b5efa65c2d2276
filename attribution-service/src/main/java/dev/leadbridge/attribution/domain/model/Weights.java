package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;

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
