package dev.leadbridge.sla.domain.clock;

import java.util.UUID;

/** No SLA clock was ever started for the lead, nor its capture seen. */
public class ClockNotFoundException extends RuntimeException {

    public ClockNotFoundException(UUID leadId) {
        super("No SLA clock for lead " + leadId);
    }
}
