package dev.leadbridge.platform.inbox;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import io.smallrye.mutiny.Uni;

/** Applies one event's payload to a service's state, inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler<T> {

    Uni<Void> handle(CloudEventAttributes event, T payload);
}
