package dev.leadbridge.attribution.domain.journey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money as a whole number of the currency's minor unit (cents for USD, yen for JPY, fils for BHD). Attribution works
 * in these longs so crediting millions of touches allocates no {@link BigDecimal}s and the per-deal sum is exact;
 * {@link BigDecimal} appears only where amounts enter and leave the domain.
 */
public final class MinorUnits {

    private MinorUnits() {
    }

    /**
     * The amount in minor units. An amount finer than the currency's minor unit (10.005 USD) is rounded half-even to
     * it, since nothing can be credited in fractions of a cent.
     *
     * @throws ArithmeticException if the amount does not fit a {@code long} of minor units
     */
    public static long of(BigDecimal amount, Currency currency) {
        return amount.setScale(digits(currency), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** The amount that {@code minorUnits} stand for, with the currency's number of decimals. */
    public static BigDecimal toAmount(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits, digits(currency));
    }

    /** Decimals of the minor unit; pseudo-currencies without one (XAU, XXX) are counted in whole units. */
    static int digits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
