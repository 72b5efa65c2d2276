package dev.leadbridge.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Optional;

/**
 * The one JSON mapping of event payloads. Producers and consumers of every service use it, so the wire format
 * (ISO-8601 instants and durations, absent optional fields, money as strings) cannot drift between them. The same
 * payload always gives the same text (map entries are sorted), which keeps outbox rows and logs comparable.
 * <p>
 * Reading is tolerant of unknown properties, so a consumer keeps working when a producer adds an optional field
 * before the consumer is redeployed. What cannot be read is a {@link PoisonEventException}: retrying will not help.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventJson() {
    }

    /**
     * The payload as JSON.
     *
     * @throws IllegalArgumentException when the object cannot be mapped, which is a bug in the producer
     */
    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + payload.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * The payload of the given type read from JSON.
     *
     * @throws PoisonEventException when the JSON is malformed, lacks a required field or has a value of the wrong type
     */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("cannot read " + type.getSimpleName() + ": the payload is empty");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new PoisonEventException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Why the text is not one well-formed JSON value, if it is not; lets schema checks report it as a violation. */
    static Optional<String> syntaxError(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of("the payload is empty");
        }
        try {
            MAPPER.readTree(json);
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.of("not well-formed JSON: " + e.getOriginalMessage());
        }
    }
}
