package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The letter grade of a lead's score, A best; SLA policies and routing rules are defined per grade. Unlike the other
 * enums it travels in upper case, as grades are written everywhere else.
 */
public enum Grade {

    A,
    B,
    C,
    D;

    /** The value on the wire: the letter itself. */
    @JsonValue
    public String wire() {
        return name();
    }
}
