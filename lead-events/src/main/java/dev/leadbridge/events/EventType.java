package dev.leadbridge.events;

import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.events.payload.TouchpointRecorded;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvent type of the contract with the topic it travels on, the record its payload maps to and its JSON
 * Schema. Keeping the four together means a producer cannot pick a topic or schema that does not fit the type.
 */
public enum EventType {

    LEAD_CAPTURED(CeTypes.LEAD_CAPTURED, Topics.LEADS_CAPTURED, LeadCaptured.class),
    /** Travels with the capture it updates, on the lead's partition of {@code leads.captured}, so it never overtakes it. */
    LEAD_UPDATED(CeTypes.LEAD_UPDATED, Topics.LEADS_CAPTURED, LeadUpdated.class),
    /** The last word on a lead's personal data, on its partition of {@code leads.captured} after every capture and update. */
    PERSON_ERASED(CeTypes.PERSON_ERASED, Topics.LEADS_CAPTURED, PersonErased.class),
    TOUCHPOINT_RECORDED(CeTypes.TOUCHPOINT_RECORDED, Topics.LEADS_TOUCHPOINTS, TouchpointRecorded.class),

    LEAD_SCORED(CeTypes.LEAD_SCORED, Topics.LEADS_LIFECYCLE, LeadScored.class),
    LEAD_MQL(CeTypes.LEAD_MQL, Topics.LEADS_LIFECYCLE, LeadMql.class),
    LEAD_ASSIGNED(CeTypes.LEAD_ASSIGNED, Topics.LEADS_LIFECYCLE, LeadAssigned.class),
    LEAD_ACCEPTED(CeTypes.LEAD_ACCEPTED, Topics.LEADS_LIFECYCLE, LeadAccepted.class),
    LEAD_REJECTED(CeTypes.LEAD_REJECTED, Topics.LEADS_LIFECYCLE, LeadRejected.class),
    LEAD_RECYCLED(CeTypes.LEAD_RECYCLED, Topics.LEADS_LIFECYCLE, LeadRecycled.class),
    LEAD_REASSIGNED(CeTypes.LEAD_REASSIGNED, Topics.LEADS_LIFECYCLE, LeadReassigned.class),
    LEAD_CONVERTED(CeTypes.LEAD_CONVERTED, Topics.LEADS_LIFECYCLE, LeadConverted.class),
    LEAD_CLOSED(CeTypes.LEAD_CLOSED, Topics.LEADS_LIFECYCLE, LeadClosed.class),

    SLA_WARNING(CeTypes.SLA_WARNING, Topics.SLA_ALERTS, SlaWarning.class),
    SLA_BREACHED(CeTypes.SLA_BREACHED, Topics.SLA_ALERTS, SlaBreached.class),
    SLA_ESCALATED(CeTypes.SLA_ESCALATED, Topics.SLA_ALERTS, SlaEscalated.class),
    SLA_MET(CeTypes.SLA_MET, Topics.SLA_ALERTS, SlaMet.class),

    SLA_CLOCK(CeTypes.SLA_CLOCK, Topics.SLA_CLOCKS, SlaClock.class);

    private final String ceType;
    private final String topic;
    private final Class<?> payloadType;

    EventType(String ceType, String topic, Class<?> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The {@code ce_type} header value. */
    public String ceType() {
        return ceType;
    }

    /** The topic this type is published on. */
    public String topic() {
        return topic;
    }

    /** The record the JSON payload maps to. */
    public Class<?> payloadType() {
        return payloadType;
    }

    /** Classpath location of the payload's JSON Schema, e.g. {@code schemas/leadbridge.lead.captured.v1.json}. */
    public String schemaResource() {
        return "schemas/" + ceType + ".json";
    }

    /** The type of a {@code ce_type} header; empty for a type this version of the contract does not know. */
    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(type -> type.ceType.equals(ceType)).findFirst();
    }

    /**
     * The type whose payload is the given record class, so a producer can derive type and topic from the payload it
     * has built instead of naming them again.
     *
     * @throws IllegalArgumentException when the class is no event payload
     */
    public static EventType forPayload(Class<?> payloadType) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType.equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadType + " is not an event payload"));
    }
}
