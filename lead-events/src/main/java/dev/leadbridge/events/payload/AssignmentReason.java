package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How routing chose the owner (or why it queued the lead), so managers can audit routing.
 */
public enum AssignmentReason {

    ROUND_ROBIN,
    ACCOUNT_MATCH,
    QUEUE_NO_REP_AVAILABLE,
    MANUAL,
    LATE_ENTRY;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
