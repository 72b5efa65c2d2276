package dev.leadbridge.sla;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Writes lifecycle events to {@code leads.lifecycle} as qualification-service would. */
public final class LifecycleEvents implements AutoCloseable {

    private static final String SOURCE = "/leadbridge/qualification-service";

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

    public CloudEventAttributes accept(UUID leadId, String ownerId, Instant at) {
        return send(newEvent(EventType.LEAD_ACCEPTED, leadId), new LeadAccepted(leadId, ownerId, ownerId, at));
    }

    public CloudEventAttributes reject(UUID leadId, String ownerId, Instant at) {
        return send(newEvent(EventType.LEAD_REJECTED, leadId),
                new LeadRejected(leadId, ownerId, ownerId, RejectionReason.NO_BUDGET, null, at));
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
