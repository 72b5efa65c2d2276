package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why a lead changed owner after assignment.
 */
public enum ReassignmentReason {

    SLA_ESCALATION,
    MANAGER,
    REP_UNAVAILABLE;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
