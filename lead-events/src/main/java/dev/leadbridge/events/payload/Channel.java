package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The marketing channel a lead or touchpoint came from; attribution and SLA policies group by it.
 */
public enum Channel {

    PAID_SEARCH,
    ORGANIC_SEARCH,
    SOCIAL,
    EMAIL,
    REFERRAL,
    DIRECT,
    EVENT,
    PARTNER,
    OTHER;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
