package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A field of a lead that a later submission from the same person may change. */
public enum LeadField {

    FIRST_NAME,
    LAST_NAME,
    PHONE,
    JOB_TITLE,
    COMPANY_NAME,
    COMPANY_SIZE,
    INDUSTRY,
    COUNTRY,
    MARKETING_OPT_IN,
    CONSENT_TEXT,
    VISITOR_ID;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the field tells who the person is, so an erasure removes its values (from the history too). */
    public boolean identifiesThePerson() {
        return this == FIRST_NAME || this == LAST_NAME || this == PHONE || this == JOB_TITLE || this == VISITOR_ID;
    }
}
