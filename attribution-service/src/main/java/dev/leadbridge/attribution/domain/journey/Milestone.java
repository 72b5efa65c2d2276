package dev.leadbridge.attribution.domain.journey;

/**
 * The points on a journey that position-based models (u_shaped, w_shaped, full_path) credit specially, in the order a
 * lead normally reaches them.
 */
public enum Milestone {

    /** Always the earliest touch; it has no time of its own and cannot be marked. */
    FIRST_TOUCH,
    LEAD_CREATION,
    MQL,
    SAL,
    OPPORTUNITY_CREATION,
    /** Reached at the close time; its touch is the last one at or before the close unless a touch is marked. */
    CLOSE
}
