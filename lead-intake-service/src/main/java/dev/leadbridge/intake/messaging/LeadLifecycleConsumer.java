package dev.leadbridge.intake.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.intake.application.LeadTeams;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes the routing decisions ({@code lead.assigned}, {@code lead.reassigned}) off {@code leads.lifecycle}, once
 * each; the other lifecycle types are skipped.
 */
@ApplicationScoped
public class LeadLifecycleConsumer {

    static final String CONSUMER = "intake.leads-lifecycle";

    private final Inbox inbox;
    private final EventHandlers handlers;

    LeadLifecycleConsumer(Inbox inbox, LeadTeams teams) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of()
                .on(EventType.LEAD_ASSIGNED, LeadAssigned.class, teams::onAssigned)
                .on(EventType.LEAD_REASSIGNED, LeadReassigned.class, teams::onReassigned);
    }

    @Incoming(Channels.LEADS_LIFECYCLE)
    public Uni<Void> onLifecycleEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
