package dev.leadbridge.qualification.messaging;

/** Channel names, shared by the consumers and their tests. */
public final class Channels {

    public static final String LEADS_CAPTURED = "leads-captured";

    private Channels() {
    }
}
