package dev.leadbridge.attribution.messaging;

import java.util.List;

/** Channel names, shared by the consumers, their configuration and their tests. */
public final class Channels {

    public static final String LEADS_CAPTURED = "leads-captured";
    public static final String LEADS_TOUCHPOINTS = "leads-touchpoints";
    public static final String LEADS_LIFECYCLE = "leads-lifecycle";
    public static final String SLA_ALERTS = "sla-alerts";

    /** Every channel the read model is projected from, for a rebuild that replays them all. */
    public static final List<String> ALL = List.of(LEADS_CAPTURED, LEADS_TOUCHPOINTS,
            LEADS_LIFECYCLE, SLA_ALERTS);

    private Channels() {
    }
}
