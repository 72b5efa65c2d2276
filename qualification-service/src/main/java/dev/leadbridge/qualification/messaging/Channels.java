package dev.leadbridge.qualification.messaging;

/** Channel names, shared by the consumers and their tests. */
public final class Channels {

    public static final String LEADS_CAPTURED = "leads-captured";
    public static final String LEADS_TOUCHPOINTS = "leads-touchpoints";
    public static final String SLA_ALERTS = "sla-alerts";
    public static final String SLA_CLOCKS = "sla-clocks";

    private Channels() {
    }
}
