package dev.leadbridge.attribution.persistence;

/** The lifecycle events the read model keeps, one {@link MilestoneEntity} each. */
public enum MilestoneKind {
    MQL,
    ACCEPTED,
    REJECTED,
    CONVERTED,
    CLOSED
}
