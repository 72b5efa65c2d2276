package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why a lead became marketing-qualified; lead-quality reports tell hand-raisers from score-driven MQLs.
 */
public enum MqlReason {

    SCORE_THRESHOLD,
    HAND_RAISER,
    MANUAL;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
