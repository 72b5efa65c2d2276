package dev.leadbridge.attribution.messaging;

/** Channel names, shared by the consumers, their configuration and their tests. */
public final class Channels {

    public static final String LEADS_CAPTURED = "leads-captured";
    public static final String LEADS_TOUCHPOINTS = "leads-touchpoints";
    public static final String LEADS_LIFECYCLE = "leads-lifecycle";

    private Channels() {
    }
}
