package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.qualification.application.SlaClockRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Takes the SLA monitor's clock states off {@code sla.clocks}, once each. */
@ApplicationScoped
public class SlaClockConsumer {

    static final String CONSUMER = "qualification.sla-clocks";

    private final Inbox inbox;
    private final EventHandlers handlers;

    SlaClockConsumer(Inbox inbox, SlaClockRecorder clocks) {
        this.inbox = inbox;
        this.handlers = EventHandlers.of().on(EventType.SLA_CLOCK, SlaClock.class, clocks::onClock);
    }

    @Incoming(Channels.SLA_CLOCKS)
    public Uni<Void> onClock(Message<String> message) {
        return inbox.consume(message, CONSUMER, handlers);
    }
}
