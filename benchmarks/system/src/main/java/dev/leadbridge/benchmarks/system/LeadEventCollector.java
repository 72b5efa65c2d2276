package dev.leadbridge.benchmarks.system;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code lead.captured} and {@code lead.assigned} events as any Kafka client would, from the topics' ends at the
 * time it is opened, so only events of the phase that follows are seen. Keeps, per lead, the capture time, the
 * assignment time and when the assignment reached Kafka (the record's timestamp, set by the publishing producer).
 */
final class LeadEventCollector implements AutoCloseable {

    /** What the topics said about one lead. */
    record Assignment(Instant capturedAt, Instant assignedAt, Instant assignmentPublishedAt, boolean queued) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Instant> capturedAt = new HashMap<>();
    private final Map<String, LeadAssigned> assigned = new HashMap<>();
    private final Map<String, Instant> assignmentPublished = new HashMap<>();

    LeadEventCollector(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(EventType.LEAD_CAPTURED.topic(), EventType.LEAD_ASSIGNED.topic())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: resolve the positions now, before the phase sends anything
        partitions.forEach(consumer::position);
    }

    /** Reads until every lead has its capture and its assignment, or the timeout passes; what was found per lead. */
    Map<String, Assignment> collect(Set<String> leadIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allSeen(leadIds) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(this::remember);
        }
        Map<String, Assignment> found = new HashMap<>();
        for (String leadId : leadIds) {
            if (capturedAt.containsKey(leadId) && assigned.containsKey(leadId)) {
                LeadAssigned assignment = assigned.get(leadId);
                found.put(leadId, new Assignment(capturedAt.get(leadId), assignment.assignedAt(),
                        assignmentPublished.get(leadId), assignment.queued()));
            }
        }
        return found;
    }

    private boolean allSeen(Set<String> leadIds) {
        return capturedAt.keySet().containsAll(leadIds) && assigned.keySet().containsAll(leadIds);
    }

    private void remember(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (EventType.LEAD_CAPTURED.ceType().equals(type)) {
            LeadCaptured captured = EventJson.read(record.value(), LeadCaptured.class);
            capturedAt.putIfAbsent(captured.leadId().toString(), captured.capturedAt());
        } else if (EventType.LEAD_ASSIGNED.ceType().equals(type)) {
            LeadAssigned assignment = EventJson.read(record.value(), LeadAssigned.class);
            String leadId = assignment.leadId().toString();
            // the first assignment is the one the capture led to
            if (assigned.putIfAbsent(leadId, assignment) == null) {
                assignmentPublished.put(leadId, Instant.ofEpochMilli(record.timestamp()));
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
