package dev.leadbridge.platform.outbox;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events to publish, inside the caller's database transaction: the event exists if and only if the state
 * change it announces was committed. The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final String source;

    Outbox(Clock clock, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.clock = clock;
        this.source = "/leadbridge/" + applicationName;
    }

    /**
     * Adds an event about a lead to the current transaction. The lead id is both the CloudEvent subject and the
     * record key, so all events of one lead stay ordered on one partition. Call inside {@code @WithTransaction}.
     */
    public Uni<CloudEventAttributes> enqueue(EventType type, UUID leadId, Object payload) {
        return enqueue(type, leadId.toString(), payload);
    }

    /** As {@link #enqueue(EventType, UUID, Object)} for events keyed by something else, e.g. a visitor id. */
    public Uni<CloudEventAttributes> enqueue(EventType type, String key, Object payload) {
        CloudEventAttributes attributes = CloudEvents.newAttributes(type, source, key, clock);
        OutboxEvent event = OutboxEvent.of(attributes, type.topic(), key, EventJson.write(payload), clock.instant());
        return event.persist().replaceWith(attributes);
    }
}
