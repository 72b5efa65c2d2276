package dev.leadbridge.sla.domain.policy;

/** What time an SLA policy's durations are measured in. */
public enum TimeMode {

    /** Only while the policy's calendar is open, so nights, weekends and holidays do not count against sales. */
    BUSINESS,

    /** Every instant, for promises made to the lead itself ("we call back within 5 minutes, any time"). */
    WALL
}
