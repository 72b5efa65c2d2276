package dev.leadbridge.sla.messaging;

/** Channel names, shared by the consumers and their tests. */
public final class Channels {

    public static final String LEADS_LIFECYCLE = "leads-lifecycle";
    public static final String LEADS_CAPTURED = "leads-captured";

    private Channels() {
    }
}
