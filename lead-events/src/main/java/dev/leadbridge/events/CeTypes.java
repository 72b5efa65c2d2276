package dev.leadbridge.events;

/**
 * The CloudEvent {@code ce_type} strings as compile-time constants, for annotations and {@code switch} labels where
 * {@link EventType} constants cannot be used. A breaking payload change gets a new {@code .vN} type, never an edit.
 */
public final class CeTypes {

    public static final String LEAD_CAPTURED = "leadbridge.lead.captured.v1";
    public static final String LEAD_UPDATED = "leadbridge.lead.updated.v1";
    public static final String PERSON_ERASED = "leadbridge.person.erased.v1";
    public static final String TOUCHPOINT_RECORDED = "leadbridge.touchpoint.recorded.v1";

    public static final String LEAD_SCORED = "leadbridge.lead.scored.v1";
    public static final String LEAD_MQL = "leadbridge.lead.mql.v1";
    public static final String LEAD_ASSIGNED = "leadbridge.lead.assigned.v1";
    public static final String LEAD_ACCEPTED = "leadbridge.lead.accepted.v1";
    public static final String LEAD_REJECTED = "leadbridge.lead.rejected.v1";
    public static final String LEAD_RECYCLED = "leadbridge.lead.recycled.v1";
    public static final String LEAD_REASSIGNED = "leadbridge.lead.reassigned.v1";
    public static final String LEAD_CONVERTED = "leadbridge.lead.converted.v1";
    public static final String LEAD_CLOSED = "leadbridge.lead.closed.v1";

    public static final String SLA_WARNING = "leadbridge.sla.warning.v1";
    public static final String SLA_BREACHED = "leadbridge.sla.breached.v1";
    public static final String SLA_ESCALATED = "leadbridge.sla.escalated.v1";
    public static final String SLA_MET = "leadbridge.sla.met.v1";

    public static final String SLA_CLOCK = "leadbridge.sla.clock.v1";

    private CeTypes() {
    }
}
