package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How an opportunity ended; only won deals carry revenue into attribution.
 */
public enum CloseOutcome {

    WON,
    LOST;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
