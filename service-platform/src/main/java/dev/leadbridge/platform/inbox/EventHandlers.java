package dev.leadbridge.platform.inbox;

import dev.leadbridge.events.EventType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one consumer does with each event type it cares about, for topics that carry several types
 * ({@code leads.lifecycle}, {@code sla.alerts}). Types it does not list are acknowledged and skipped, so a producer
 * may add types (or versions) without breaking consumers.
 */
public final class EventHandlers {

    /** A handler with the payload type it reads. */
    record Registration<T>(Class<T> payloadType, EventHandler<T> handler) {
    }

    private final Map<EventType, Registration<?>> registrations;

    private EventHandlers(Map<EventType, Registration<?>> registrations) {
        this.registrations = registrations;
    }

    public static EventHandlers of() {
        return new EventHandlers(new EnumMap<>(EventType.class));
    }

    /** A copy that also handles {@code type}. */
    public <T> EventHandlers on(EventType type, Class<T> payloadType, EventHandler<T> handler) {
        if (!type.payloadType().equals(payloadType)) {
            throw new IllegalArgumentException(type.ceType() + " carries " + type.payloadType().getSimpleName());
        }
        Map<EventType, Registration<?>> copy = new EnumMap<>(EventType.class);
        copy.putAll(registrations);
        copy.put(type, new Registration<>(payloadType, handler));
        return new EventHandlers(copy);
    }

    Optional<Registration<?>> forType(EventType type) {
        return Optional.ofNullable(registrations.get(type));
    }
}
