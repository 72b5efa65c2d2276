package dev.leadbridge.events.payload;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The invariants the payload records enforce in their constructors, so an event that breaks its schema fails where it
 * is built (inside the producer's transaction) rather than at a consumer, and a consumer reading one gets a
 * {@link dev.leadbridge.events.PoisonEventException} instead of a half-filled record.
 */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    static String requiredText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must not be blank");
        }
        return value;
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> mapOrEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    /**
     * The duration cut to whole seconds: JSON Schema's {@code duration} format (RFC 3339, appendix A) has no fraction
     * of a second, and seconds are precise enough for SLA reporting.
     */
    static Duration wholeSeconds(Duration duration, String name) {
        required(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
        return duration.truncatedTo(ChronoUnit.SECONDS);
    }

    /** An amount of money is never negative and is meaningless without its currency. */
    static void money(BigDecimal amount, Currency currency, String name) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + amount);
        }
        if (currency == null) {
            throw new IllegalArgumentException(name + " needs a currency");
        }
    }
}
