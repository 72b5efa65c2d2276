package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.payload.LifecycleStage;

/**
 * An action that the lifecycle does not allow from the lead's stage, e.g. accepting a closed lead. The API answers
 * 409 Conflict: the request is well-formed, the lead is just not in a state where it makes sense.
 */
public class IllegalTransitionException extends RuntimeException {

    private final LifecycleStage from;
    private final LifecycleStage to;
    private final LeadAction action;

    public IllegalTransitionException(LifecycleStage from, LeadAction action) {
        super("cannot " + action.words() + " a lead in stage " + from.wire() + ": " + from.wire() + " -> "
                + action.target(from).wire() + " is not a legal transition");
        this.from = from;
        this.to = action.target(from);
        this.action = action;
    }

    public LifecycleStage from() {
        return from;
    }

    public LifecycleStage to() {
        return to;
    }

    public LeadAction action() {
        return action;
    }
}
