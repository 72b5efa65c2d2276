package dev.leadbridge.attribution.domain.journey;

import dev.leadbridge.events.payload.CloseOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * How and when a journey's deal closed, as the {@code leadbridge.lead.closed.v1} event told it.
 *
 * @param amount   the final deal size; {@code null} when the close event carried none, as it may
 * @param currency the ISO-4217 currency of {@code amount}; present exactly when {@code amount} is
 */
public record Close(CloseOutcome outcome, Instant closedAt, BigDecimal amount, Currency currency) {

    public Close {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
        if ((amount == null) != (currency == null)) {
            throw new IllegalArgumentException("an amount needs a currency and a currency needs an amount");
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
    }

    /** A won deal of {@code amount}. */
    public static Close won(Instant closedAt, BigDecimal amount, Currency currency) {
        return new Close(CloseOutcome.WON, closedAt, Objects.requireNonNull(amount, "amount"), currency);
    }

    /** A lost deal, which carries no revenue into attribution. */
    public static Close lost(Instant closedAt) {
        return new Close(CloseOutcome.LOST, closedAt, null, null);
    }

    /** The revenue to attribute: only a won deal with an amount has any. */
    public Optional<Deal> revenue() {
        if (outcome != CloseOutcome.WON || amount == null) {
            return Optional.empty();
        }
        return Optional.of(new Deal(MinorUnits.of(amount, currency), currency, closedAt));
    }
}
