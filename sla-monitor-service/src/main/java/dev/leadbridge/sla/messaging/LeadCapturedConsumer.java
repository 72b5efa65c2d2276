package dev.leadbridge.sla.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.sla.application.AcceptanceClocks;
import dev.leadbridge.sla.application.PersonErasures;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes {@code lead.captured} off {@code leads.captured}, once each, for the start of each lead's system latency
 * (capture to first assignment). The topic is not ordered with {@code leads.lifecycle}, so the capture may arrive
 * after the assignment; either order ends in the same figures.
 */
@ApplicationScoped
public class LeadCapturedConsumer {

    static final String CONSUMER = "sla.leads-captured";

    private final Inbox inbox;
    private final EventHandlers handlers;

    LeadCapturedConsumer(Inbox inbox, AcceptanceClocks clocks, PersonErasures erasures) {
        this.inbox = inbox;
        // lead.updated travels on the same topic; a person's new details change no clock
        this.handlers = EventHandlers.of()
                .on(EventType.LEAD_CAPTURED, LeadCaptured.class, clocks::onCaptured)
                .on(EventType.PERSON_ERASED, PersonErased.class, erasures::onErased);
    }

    @Incoming(Channels.LEADS_CAPTURED)
    public Uni<Void> onCaptured(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
