package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Which part of the score a rule contributes to: fit (who the lead is), engagement (what they did), or a
 * negative signal (competitor, student, decay).
 */
public enum ScoreCategory {

    FIT,
    ENGAGEMENT,
    NEGATIVE;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
