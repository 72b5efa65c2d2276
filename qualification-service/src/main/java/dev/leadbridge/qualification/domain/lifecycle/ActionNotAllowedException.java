package dev.leadbridge.qualification.domain.lifecycle;

/**
 * The person may not take this action on this lead, whatever its stage ({@link LeadAccess}); the message says why
 * and says nothing about the lead.
 */
public class ActionNotAllowedException extends RuntimeException {

    public ActionNotAllowedException(String reason) {
        super(reason);
    }
}
