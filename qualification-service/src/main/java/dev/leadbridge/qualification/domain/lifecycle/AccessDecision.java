package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Objects;

/**
 * Whether a person may take an action on a lead, and why; the API answers 403 with the reason when not.
 */
public record AccessDecision(boolean allowed, String reason) {

    public AccessDecision {
        Objects.requireNonNull(reason, "reason");
    }

    static AccessDecision allow(String reason) {
        return new AccessDecision(true, reason);
    }

    static AccessDecision forbid(String reason) {
        return new AccessDecision(false, reason);
    }
}
