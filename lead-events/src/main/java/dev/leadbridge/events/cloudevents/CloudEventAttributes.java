package dev.leadbridge.events.cloudevents;

import dev.leadbridge.events.EventType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The CloudEvent context attributes LeadBridge sets on every record, next to the JSON payload.
 *
 * @param id      unique per event; consumers store it to ignore redeliveries
 * @param type    the {@code ce_type}, e.g. {@code leadbridge.lead.captured.v1}
 * @param source  the producing service as a URI reference, e.g. {@code /lead-intake-service}
 * @param subject the lead id (or, for an anonymous touchpoint, the visitor id), which is also the record key
 * @param time    when the fact the event reports happened, from the producer's injected clock
 */
public record CloudEventAttributes(UUID id, String type, String source, String subject, Instant time) {

    public CloudEventAttributes {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(time, "time is required");
        requireText(type, "type");
        requireText(source, "source");
        requireText(subject, "subject");
    }

    /** The contract type of {@link #type()}; empty for a type this version of the contract does not know. */
    public Optional<EventType> eventType() {
        return EventType.fromCeType(type);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
