package dev.leadbridge.attribution.messaging;

import dev.leadbridge.attribution.application.ReadModelRecorder;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes the events journeys are made of off {@code leads.captured}, {@code leads.touchpoints} and
 * {@code leads.lifecycle}, once each; lifecycle types attribution does not use (scored, assigned, ...) are skipped.
 */
@ApplicationScoped
public class ReadModelConsumers {

    static final String CAPTURED_CONSUMER = "attribution.leads-captured";
    static final String TOUCHPOINTS_CONSUMER = "attribution.leads-touchpoints";
    static final String LIFECYCLE_CONSUMER = "attribution.leads-lifecycle";

    private final Inbox inbox;
    private final ReadModelRecorder recorder;
    private final EventHandlers lifecycle;

    ReadModelConsumers(Inbox inbox, ReadModelRecorder recorder) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.lifecycle = EventHandlers.of()
                .on(EventType.LEAD_MQL, LeadMql.class, recorder::mql)
                .on(EventType.LEAD_ACCEPTED, LeadAccepted.class, recorder::accepted)
                .on(EventType.LEAD_REJECTED, LeadRejected.class, recorder::rejected)
                .on(EventType.LEAD_CONVERTED, LeadConverted.class, recorder::converted)
                .on(EventType.LEAD_CLOSED, LeadClosed.class, recorder::closed);
    }

    @Incoming(Channels.LEADS_CAPTURED)
    public Uni<Void> onLeadCaptured(Message<String> message) {
        return inbox.consume(message, CAPTURED_CONSUMER, EventType.LEAD_CAPTURED, LeadCaptured.class,
                recorder::captured);
    }

    @Incoming(Channels.LEADS_TOUCHPOINTS)
    public Uni<Void> onTouchpoint(Message<String> message) {
        return inbox.consume(message, TOUCHPOINTS_CONSUMER, EventType.TOUCHPOINT_RECORDED, TouchpointRecorded.class,
                recorder::touchpoint);
    }

    @Incoming(Channels.LEADS_LIFECYCLE)
    public Uni<Void> onLifecycle(Message<String> message) {
        return inbox.consume(message, LIFECYCLE_CONSUMER, lifecycle);
    }
}
