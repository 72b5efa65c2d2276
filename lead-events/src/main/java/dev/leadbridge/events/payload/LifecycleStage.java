package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The stages of the lead lifecycle. A lead may enter at any of them: a rep who met a prospect at a trade show logs
 * it straight as {@link #ACCEPTED}.
 */
public enum LifecycleStage {

    CAPTURED,
    SCORED,
    MQL,
    ASSIGNED,
    ACCEPTED,
    REJECTED,
    RECYCLED,
    CONVERTED,
    CLOSED_WON,
    CLOSED_LOST;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a sales rep owns a lead in this stage, so an event entering the lead here must name its owner. */
    public boolean ownedBySales() {
        return switch (this) {
            case ASSIGNED, ACCEPTED, CONVERTED, CLOSED_WON, CLOSED_LOST -> true;
            case CAPTURED, SCORED, MQL, REJECTED, RECYCLED -> false;
        };
    }
}
