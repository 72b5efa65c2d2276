package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.qualification.application.TouchpointRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Takes {@code touchpoint.recorded} events off {@code leads.touchpoints}, once each. */
@ApplicationScoped
public class TouchpointConsumer {

    static final String CONSUMER = "qualification.leads-touchpoints";

    private final Inbox inbox;
    private final TouchpointRecorder recorder;

    TouchpointConsumer(Inbox inbox, TouchpointRecorder recorder) {
        this.inbox = inbox;
        this.recorder = recorder;
    }

    @Incoming(Channels.LEADS_TOUCHPOINTS)
    public Uni<Void> onTouchpoint(Message<String> message) {
        return inbox.consume(message, CONSUMER, EventType.TOUCHPOINT_RECORDED, TouchpointRecorded.class,
                recorder::record);
    }
}
