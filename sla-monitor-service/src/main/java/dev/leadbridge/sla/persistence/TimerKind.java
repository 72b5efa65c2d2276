package dev.leadbridge.sla.persistence;

/** What a durable timer announces when it fires. */
public enum TimerKind {
    WARNING,
    BREACH,
    ESCALATION
}
