package dev.leadbridge.sla;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes lifecycle events to {@code leads.lifecycle} as qualification-service would, and captures to
 * {@code leads.captured} as lead-intake-service would.
 */
public final class LifecycleEvents implements AutoCloseable {

    private static final String SOURCE = "/leadbridge/qualification-service";
    private static final String INTAKE = "/leadbridge/lead-intake-service";

    private final TopicWriter writer;

    public LifecycleEvents(String bootstrapServers) {
        this.writer = new TopicWriter(bootstrapServers);
    }

    public static CloudEventAttributes newEvent(EventType type, UUID leadId) {
        return CloudEvents.newAttributes(type, SOURCE, leadId.toString(), Clock.systemUTC());
    }

    public static LeadAssigned assigned(UUID leadId, String ownerId, Instant at) {
        return assigned(leadId, ownerId, Grade.B, at);
    }

    public static LeadAssigned assigned(UUID leadId, String ownerId, Grade grade, Instant at) {
        return new LeadAssigned(leadId, ownerId, "team-1", false, null, AssignmentReason.ROUND_ROBIN, grade,
                Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, at);
    }

    public CloudEventAttributes assign(UUID leadId, String ownerId, Instant at) {
        return send(newEvent(EventType.LEAD_ASSIGNED, leadId), assigned(leadId, ownerId, at));
    }

    public CloudEventAttributes reassign(UUID leadId, String from, String to, Instant at) {
        return send(newEvent(EventType.LEAD_REASSIGNED, leadId), new LeadReassigned(leadId, from, to, "team-1",
                ReassignmentReason.MANAGER, "manager-1", Grade.B, Channel.PAID_SEARCH, at));
    }

    /** A manager gives a lead that is past its first response (accepted, converted) to another rep. */
    public CloudEventAttributes reassign(UUID leadId, String from, String to, LifecycleStage stage, Instant at) {
        return send(newEvent(EventType.LEAD_REASSIGNED, leadId), new LeadReassigned(leadId, from, to, "team-1",
                ReassignmentReason.MANAGER, "manager-1", Grade.B, Channel.PAID_SEARCH, at, stage));
    }

    public CloudEventAttributes accept(UUID leadId, String ownerId, Instant at) {
        return send(newEvent(EventType.LEAD_ACCEPTED, leadId), new LeadAccepted(leadId, ownerId, ownerId, at));
    }

    public CloudEventAttributes reject(UUID leadId, String ownerId, Instant at) {
        return send(newEvent(EventType.LEAD_REJECTED, leadId),
                new LeadRejected(leadId, ownerId, ownerId, RejectionReason.NO_BUDGET, null, at));
    }

    /** Routing found no rep: the lead waits in team-1's queue, still under an SLA clock. */
    public CloudEventAttributes queue(UUID leadId, Instant at) {
        return send(newEvent(EventType.LEAD_ASSIGNED, leadId), new LeadAssigned(leadId, null, "team-1", true, null,
                AssignmentReason.QUEUE_NO_REP_AVAILABLE, Grade.B, Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, at));
    }

    /** The queued lead's score faded and it went back to nurture. */
    public CloudEventAttributes recycleDecayed(UUID leadId, Instant at) {
        return send(newEvent(EventType.LEAD_RECYCLED, leadId), new LeadRecycled(leadId, RecycleReason.DECAYED, at));
    }

    public CloudEventAttributes capture(UUID leadId, Instant at) {
        CloudEventAttributes event = CloudEvents.newAttributes(EventType.LEAD_CAPTURED, INTAKE, leadId.toString(),
                Clock.systemUTC());
        return sendTo(Topics.LEADS_CAPTURED, event, captured(leadId, at));
    }

    public static LeadCaptured captured(UUID leadId, Instant at) {
        return new LeadCaptured(leadId, at, new Person("ada@engines.example", "Ada", "Lovelace", null, "CTO"),
                null, "GB", new Consent(true, "news please", at),
                new LeadSource(Channel.PAID_SEARCH, "spring", null, null, null, null, null, null, null, null, null, null),
                null, null, LifecycleStage.CAPTURED, null, Map.of());
    }

    public CloudEventAttributes sendTo(String topic, CloudEventAttributes event, Object payload) {
        writer.send(topic, event.subject(), EventJson.write(payload), CloudEvents.headersOf(event));
        return event;
    }

    public CloudEventAttributes send(CloudEventAttributes event, Object payload) {
        writer.send(Topics.LEADS_LIFECYCLE, event.subject(), EventJson.write(payload), CloudEvents.headersOf(event));
        return event;
    }

    @Override
    public void close() {
        writer.close();
    }
}
