package dev.leadbridge.events.cloudevents;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.PoisonEventException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes and reads CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers and the
 * record value is the bare JSON payload, so consumers that ignore CloudEvents still read plain JSON.
 * <p>
 * What this class does not do, and every producer must: use the lead id as the record key (for touchpoints without
 * a lead, the visitor id), the same value as {@code ce_subject}, so all events of one lead stay ordered on one
 * partition; and publish on {@link EventType#topic()}.
 * <p>
 * Header values are UTF-8 strings. {@code ce_time} is an RFC 3339 instant in UTC.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String APPLICATION_JSON = "application/json";

    /**
     * One generator for the whole JVM: within one millisecond it increments instead of drawing new random bits, so
     * ids made in a row sort in the order they were made.
     */
    private static final TimeBasedEpochGenerator ID_GENERATOR = Generators.timeBasedEpochGenerator();

    /** {@link UUID#fromString} also accepts shortened groups such as {@code 1-2-3-4-5}; the contract does not. */
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CloudEvents() {
    }

    /** A time-ordered UUID v7 stamped with the clock's millisecond, so ids sort by event time in indexes and logs. */
    public static UUID newEventId(InstantSource clock) {
        return ID_GENERATOR.construct(clock.millis());
    }

    /** Attributes for a new event of the type: a fresh v7 id and the clock's current instant. */
    public static CloudEventAttributes newAttributes(EventType type, String source, String subject,
                                                     InstantSource clock) {
        return new CloudEventAttributes(newEventId(clock), type.ceType(), source, subject, clock.instant());
    }

    /** The binary-mode headers of the attributes, in a stable order, for code that builds its headers itself. */
    public static Map<String, String> headersOf(CloudEventAttributes attributes) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CE_SPECVERSION, SPEC_VERSION);
        headers.put(CE_ID, attributes.id().toString());
        headers.put(CE_TYPE, attributes.type());
        headers.put(CE_SOURCE, attributes.source());
        headers.put(CE_SUBJECT, attributes.subject());
        headers.put(CE_TIME, attributes.time().toString());
        headers.put(CONTENT_TYPE, APPLICATION_JSON);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Puts the binary-mode headers on a record. A header already present under one of these keys is replaced, so a
     * record that is re-published (e.g. by an outbox relay retry) never carries two ids.
     */
    public static void writeHeaders(CloudEventAttributes attributes, Headers headers) {
        headersOf(attributes).forEach((key, value) -> {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * The attributes of a consumed record.
     *
     * @throws PoisonEventException naming the header when a required one is missing or blank, the spec version is
     *                              not 1.0, {@code ce_id} is no UUID or {@code ce_time} no RFC 3339 instant
     */
    public static CloudEventAttributes readHeaders(Headers headers) {
        String specVersion = required(headers, CE_SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException(CE_SPECVERSION + " is '" + specVersion + "', expected " + SPEC_VERSION);
        }
        return new CloudEventAttributes(
                parseId(required(headers, CE_ID)),
                required(headers, CE_TYPE),
                required(headers, CE_SOURCE),
                required(headers, CE_SUBJECT),
                parseTime(required(headers, CE_TIME)).toInstant());
    }

    private static String required(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        String value = header == null || header.value() == null
                ? null
                : new String(header.value(), StandardCharsets.UTF_8);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("CloudEvent header " + key + " is missing or blank");
        }
        return value;
    }

    private static UUID parseId(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new PoisonEventException(CE_ID + " '" + value + "' is not a UUID");
        }
        return UUID.fromString(value);
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(CE_TIME + " '" + value + "' is not an RFC 3339 timestamp", e);
        }
    }
}
