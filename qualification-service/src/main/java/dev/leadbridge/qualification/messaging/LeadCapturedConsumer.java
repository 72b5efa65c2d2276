package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.qualification.application.CapturedLeadRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Takes {@code lead.captured} events off {@code leads.captured}, once each. */
@ApplicationScoped
public class LeadCapturedConsumer {

    static final String CONSUMER = "qualification.leads-captured";

    private final Inbox inbox;
    private final CapturedLeadRecorder recorder;

    LeadCapturedConsumer(Inbox inbox, CapturedLeadRecorder recorder) {
        this.inbox = inbox;
        this.recorder = recorder;
    }

    @Incoming(Channels.LEADS_CAPTURED)
    public Uni<Void> onLeadCaptured(Message<String> message) {
        return inbox.consume(message, CONSUMER, EventType.LEAD_CAPTURED, LeadCaptured.class, recorder::record);
    }
}
