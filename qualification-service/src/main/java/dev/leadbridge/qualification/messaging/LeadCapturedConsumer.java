package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.qualification.application.CapturedLeadRecorder;
import dev.leadbridge.qualification.application.LeadUpdates;
import dev.leadbridge.qualification.application.PersonErasures;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Takes {@code lead.captured}, {@code lead.updated} and {@code person.erased} off {@code leads.captured}, once each. */
@ApplicationScoped
public class LeadCapturedConsumer {

    static final String CONSUMER = "qualification.leads-captured";

    private final Inbox inbox;
    private final EventHandlers handlers;

    LeadCapturedConsumer(Inbox inbox, CapturedLeadRecorder captures, LeadUpdates updates, PersonErasures erasures) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of()
                .on(EventType.LEAD_CAPTURED, LeadCaptured.class, captures::record)
                .on(EventType.LEAD_UPDATED, LeadUpdated.class, updates::onUpdated)
                .on(EventType.PERSON_ERASED, PersonErased.class, erasures::onErased);
    }

    @Incoming(Channels.LEADS_CAPTURED)
    public Uni<Void> onLeadCaptured(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
