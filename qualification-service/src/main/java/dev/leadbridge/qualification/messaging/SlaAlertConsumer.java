package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.qualification.application.EscalationHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Takes {@code sla.escalated} events off {@code sla.alerts}, once each; the other alert types are skipped. */
@ApplicationScoped
public class SlaAlertConsumer {

    static final String CONSUMER = "qualification.sla-alerts";

    private final Inbox inbox;
    private final EventHandlers handlers;

    SlaAlertConsumer(Inbox inbox, EscalationHandler escalations) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of().on(EventType.SLA_ESCALATED, SlaEscalated.class, escalations::onEscalated);
    }

    @Incoming(Channels.SLA_ALERTS)
    public Uni<Void> onAlert(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
