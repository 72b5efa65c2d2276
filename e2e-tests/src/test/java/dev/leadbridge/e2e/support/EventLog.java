package dev.leadbridge.e2e.support;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.infrastructure.testing.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads events from the topics as any Kafka client would, checking each against its schema. */
public final class EventLog {

    /** Held so the setting is not garbage-collected: Kafka clients print their whole configuration at INFO. */
    private static final java.util.logging.Logger KAFKA_LOG = quiet(java.util.logging.Logger.getLogger("org.apache.kafka"));

    private final String bootstrapServers;

    public EventLog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits for {@code count} events of the type about the key (a lead id); the payloads in topic order. */
    public <T> List<T> await(EventType type, String key, Class<T> payloadType, int count, Duration timeout) {
        try (TopicReader reader = new TopicReader(bootstrapServers, type.topic())) {
            List<ConsumerRecord<String, String>> records = reader.await(ofType(type, key), count, timeout);
            assertThat(records).as("%d × %s for %s within %s", count, type.ceType(), key, timeout)
                    .hasSizeGreaterThanOrEqualTo(count);
            return payloads(type, payloadType, records);
        }
    }

    /** Every event matching the filter that arrives within the window (from the beginning of the topic). */
    public List<ConsumerRecord<String, String>> readFor(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                        Duration window) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            return reader.readFor(filter, window);
        }
    }

    /**
     * Reads the topic from the beginning until {@code done} holds for everything matched so far, or the timeout
     * passes; returns what matched either way.
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                         Predicate<List<ConsumerRecord<String, String>>> done,
                                                         Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new java.util.ArrayList<>();
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            do {
                matched.addAll(reader.readFor(filter, Duration.ofMillis(500)));
            } while (!done.test(matched) && java.time.Instant.now().isBefore(deadline));
        }
        return matched;
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(EventType type, String key) {
        return record -> (key == null || key.equals(record.key())) && type.ceType().equals(header(record, "ce_type"));
    }

    public static <T> List<T> payloads(EventType type, Class<T> payloadType,
                                       List<ConsumerRecord<String, String>> records) {
        records.forEach(record -> assertThat(EventSchemas.violations(type, record.value())).as(record.value())
                .isEmpty());
        return records.stream().map(record -> EventJson.read(record.value(), payloadType)).toList();
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

}
