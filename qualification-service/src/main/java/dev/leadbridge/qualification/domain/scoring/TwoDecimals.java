package dev.leadbridge.qualification.domain.scoring;

import java.util.Locale;

/**
 * Writes a number with two decimals exactly as {@code String.format(Locale.ROOT, "%.2f", value)} does, at a fraction
 * of its cost: every engagement line's reason shows two such numbers, and formatting them was most of scoring's time
 * in a profile.
 * <p>
 * {@code %.2f} rounds the decimal digits Java writes for the double half up. Those digits are within half a unit in
 * the last place of the double, so they round the same way as the double itself unless it lies within that distance
 * of a tie (x.xx5). For numbers from 0 (exclusive) to a million, a unit in the last place is below 10<sup>-10</sup>,
 * far inside the margin of 10<sup>-6</sup> hundredths left around ties here; near-ties, and everything outside that
 * range, are handed to {@code String.format} itself, so the text is always the same.
 */
final class TwoDecimals {

    private static final double FAST_PATH_LIMIT = 1_000_000;
    /** How close, in hundredths, to a tie a number must be to be handed to {@code String.format}. */
    private static final double TIE_MARGIN = 1e-6;

    private TwoDecimals() {
    }

    static String format(double value) {
        if (!(value > 0 && value < FAST_PATH_LIMIT)) {
            return formatted(value);
        }
        double hundredths = value * 100;
        long whole = (long) hundredths;
        double fraction = hundredths - whole;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return formatted(value);
        }
        long rounded = fraction > 0.5 ? whole + 1 : whole;
        long cents = rounded % 100;
        return (rounded / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
