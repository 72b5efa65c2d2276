package dev.leadbridge.infrastructure.testing;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import java.nio.charset.StandardCharsets;

/** Writes raw records, headers and all, for tests that feed a service what a producer (or a vandal) might send. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers()
                .add(new RecordHeader(name, header.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * Publishes a payload as a binary-mode CloudEvent of its type, on the type's topic, as a service's outbox would;
     * returns the event's attributes (its {@code ce_id}, to wait for its handling).
     */
    public CloudEventAttributes publish(EventType type, String source, String key, Object payload) {
        CloudEventAttributes event = CloudEvents.newAttributes(type, source, key, Clock.systemUTC());
        send(type.topic(), key, EventJson.write(payload), CloudEvents.headersOf(event));
        return event;
    }

    @Override
    public void close() {
        producer.close();
    }
}
