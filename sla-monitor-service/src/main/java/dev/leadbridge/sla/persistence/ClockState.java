package dev.leadbridge.sla.persistence;

/** Where an acceptance clock stands. */
public enum ClockState {
    /** Running: the lead waits for its owner's decision. */
    OPEN,
    /** The lead was accepted or rejected. */
    STOPPED,
    /** The lead was assigned to someone else, whose clock replaced this one. */
    SUPERSEDED,
    /** Nobody owned the lead's follow-up any more: it waited in a team queue and went back to nurture. */
    WITHDRAWN
}
