package dev.leadbridge.sla.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.sla.application.AcceptanceClocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes the events that start and stop acceptance clocks off {@code leads.lifecycle}, once each: assigned and
 * reassigned start (or restart) a clock, accepted and rejected stop it. Other lifecycle types are skipped.
 */
@ApplicationScoped
public class LeadLifecycleConsumer {

    static final String CONSUMER = "sla.leads-lifecycle";

    private final Inbox inbox;
    private final EventHandlers handlers;

    LeadLifecycleConsumer(Inbox inbox, AcceptanceClocks clocks) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of()
                .on(EventType.LEAD_ASSIGNED, LeadAssigned.class, clocks::onAssigned)
                .on(EventType.LEAD_REASSIGNED, LeadReassigned.class, clocks::onReassigned)
                .on(EventType.LEAD_ACCEPTED, LeadAccepted.class, clocks::onAccepted)
                .on(EventType.LEAD_REJECTED, LeadRejected.class, clocks::onRejected)
                .on(EventType.LEAD_RECYCLED, LeadRecycled.class, clocks::onRecycled);
    }

    @Incoming(Channels.LEADS_LIFECYCLE)
    public Uni<Void> onLifecycleEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
