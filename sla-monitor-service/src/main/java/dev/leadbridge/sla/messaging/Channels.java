package dev.leadbridge.sla.messaging;

/** Channel names, shared by the consumers and their tests. */
public final class Channels {

    public static final String LEADS_LIFECYCLE = "leads-lifecycle";
    public static final String LEADS_CAPTURED = "leads-captured";
    /** leads.lifecycle again, in the notifications' own consumer group, so telling people never holds up clocks. */
    public static final String NOTIFY_LIFECYCLE = "notify-lifecycle";
    /** This service's own sla.alerts, read back by the notifications. */
    public static final String NOTIFY_ALERTS = "notify-alerts";

    private Channels() {
    }
}
