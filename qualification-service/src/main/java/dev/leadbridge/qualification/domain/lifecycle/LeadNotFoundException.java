package dev.leadbridge.qualification.domain.lifecycle;

import java.util.UUID;

/** No lead with this id is known to qualification. */
public class LeadNotFoundException extends RuntimeException {

    public LeadNotFoundException(UUID leadId) {
        super("No lead " + leadId);
    }
}
