package dev.leadbridge.qualification.support;

import static dev.leadbridge.infrastructure.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.testing.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what the service announced about one lead on {@code leads.lifecycle}, each checked against its schema. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** Waits for {@code count} events of the type about the lead, checks their schema and returns their payloads. */
    public static <T> List<T> await(String bootstrapServers, UUID leadId, EventType type, Class<T> payloadType,
                                    int count) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE)) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    record -> leadId.toString().equals(record.key()) && type.ceType().equals(header(record, "ce_type")),
                    count, Duration.ofSeconds(20));
            return validated(type, payloadType, records);
        }
    }

    /** Every event of the type about the lead that arrives within the window, schema-checked. */
    public static <T> List<T> readFor(String bootstrapServers, UUID leadId, EventType type, Class<T> payloadType,
                                      Duration window) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_LIFECYCLE)) {
            List<ConsumerRecord<String, String>> records = reader.readFor(
                    record -> leadId.toString().equals(record.key()) && type.ceType().equals(header(record, "ce_type")),
                    window);
            return validated(type, payloadType, records);
        }
    }

    private static <T> List<T> validated(EventType type, Class<T> payloadType,
                                         List<ConsumerRecord<String, String>> records) {
        records.forEach(record -> {
            assertThat(EventSchemas.violations(type, record.value())).as(record.value()).isEmpty();
            assertThat(header(record, "ce_subject")).isEqualTo(record.key());
        });
        return records.stream().map(record -> EventJson.read(record.value(), payloadType)).toList();
    }

}
