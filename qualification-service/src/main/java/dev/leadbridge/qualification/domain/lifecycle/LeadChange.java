package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.EventType;
import java.util.Objects;

/**
 * What a decision of a {@link Lead} causes: the event to announce, and the step of its history when the decision
 * moved the lead to another stage or to another owner.
 *
 * @param payload   the {@code lead-events} payload of {@code type}
 * @param stageStep the history step, or null when the stage did not change (a re-score, a queued lead)
 */
public record LeadChange(EventType type, Object payload, StageChange stageStep) {

    public LeadChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
