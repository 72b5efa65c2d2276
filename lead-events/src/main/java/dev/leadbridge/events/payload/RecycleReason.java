package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why a lead went back to nurture: the reason sales rejected it, or {@link #DECAYED} when its score faded.
 */
public enum RecycleReason {

    NOT_A_FIT,
    NO_BUDGET,
    BAD_CONTACT_DATA,
    DUPLICATE,
    COMPETITOR,
    STUDENT,
    NOT_READY,
    OTHER,
    DECAYED;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The recycle reason of a lead recycled because sales rejected it for the given reason. */
    public static RecycleReason of(RejectionReason rejection) {
        return valueOf(rejection.name());
    }
}
