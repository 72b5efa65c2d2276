package dev.leadbridge.attribution.domain.journey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * The revenue of a won deal, in minor units of its currency: the amount a model's credits must add up to exactly.
 */
public record Deal(long minorUnits, Currency currency, Instant closedAt) {

    public Deal {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("minorUnits must not be negative, was " + minorUnits);
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    /** The revenue as a decimal amount, for reports. */
    public BigDecimal amount() {
        return MinorUnits.toAmount(minorUnits, currency);
    }
}
