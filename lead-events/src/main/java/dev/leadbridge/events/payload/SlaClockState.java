package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a lead's acceptance clock stands. */
public enum SlaClockState {

    /** Counting towards its due time. */
    RUNNING,
    /** Held by a manager; its due time moves when it resumes. */
    PAUSED,
    /**
     * Stopped by a decision, or withdrawn because the lead went back to nurture. A new owner's clock, with a new id,
     * replaces the old one without an ENDED record: its RUNNING record says all.
     */
    ENDED;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
