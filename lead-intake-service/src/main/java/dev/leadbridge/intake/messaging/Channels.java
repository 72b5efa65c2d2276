package dev.leadbridge.intake.messaging;

/** Channel names, shared by the consumers and their configuration. */
public final class Channels {

    public static final String LEADS_LIFECYCLE = "leads-lifecycle";

    private Channels() {
    }
}
