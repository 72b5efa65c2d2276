package dev.leadbridge.qualification.domain.routing;

/** The sales segment of a lead's company by its size; {@link #UNKNOWN} when the size is not known. */
public enum Segment {
    SMB,
    MID_MARKET,
    ENTERPRISE,
    UNKNOWN
}
