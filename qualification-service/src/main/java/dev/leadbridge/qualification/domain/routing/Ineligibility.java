package dev.leadbridge.qualification.domain.routing;

import java.util.Locale;

/** Why a rep cannot take a lead right now; a queued lead lists these, so managers see why nobody got it. */
public enum Ineligibility {

    /** Left the rotation (left the company, moved role), or is not in the roster at all. */
    INACTIVE,
    /** Excluded by the caller, e.g. the owner an SLA escalation takes the lead away from. */
    EXCLUDED,
    AT_CAPACITY,
    ON_TIME_OFF,
    OUTSIDE_WORKING_HOURS;

    /** The lower_snake_case name, as the rest of the contract spells values. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
