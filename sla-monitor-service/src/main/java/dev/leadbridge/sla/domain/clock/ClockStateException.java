package dev.leadbridge.sla.domain.clock;

/** A pause or resume that the clock's state does not allow; {@link #conflict()} says which state was in the way. */
public class ClockStateException extends RuntimeException {

    /** What was in the way. */
    public enum Conflict {
        /** Pausing a clock that is paused already. */
        ALREADY_PAUSED,
        /** Resuming a clock that is not paused. */
        NOT_PAUSED,
        /** Pausing or resuming a clock that has stopped. */
        NOT_RUNNING
    }

    private final Conflict conflict;

    public ClockStateException(Conflict conflict, String detail) {
        super(detail);
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
