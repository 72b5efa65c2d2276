package dev.leadbridge.attribution.domain.kpi;

import java.util.OptionalDouble;

/**
 * A proportion kept as its two counts, so a report can show "12 of 40" as well as 30%, and an empty denominator is
 * "no data" rather than a misleading 0%.
 */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "need 0 ≤ numerator ≤ denominator, was " + numerator + "/" + denominator);
        }
    }

    /** The proportion in [0, 1], absent when the denominator is zero. */
    public OptionalDouble fraction() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
