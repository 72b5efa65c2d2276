package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why sales rejected a lead; the feedback marketing reads in the lead-quality report.
 */
public enum RejectionReason {

    NOT_A_FIT,
    NO_BUDGET,
    BAD_CONTACT_DATA,
    DUPLICATE,
    COMPETITOR,
    STUDENT,
    NOT_READY,
    OTHER;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
