package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Work the system has accepted but not finished: events committed to an outbox but not yet on Kafka, and records on
 * Kafka that a consumer group has not committed yet. Between phases the benchmark waits for both to reach zero, so one
 * phase's leftovers do not slow the next one down. Consumer groups commit every few seconds, so "zero" is seen a few
 * seconds late.
 */
final class SystemBacklog implements AutoCloseable {

    private static final String UNSENT_EVENTS = "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL";

    private final LeadBridgeSystem system;
    private final Admin admin;

    SystemBacklog(LeadBridgeSystem system) {
        this.system = system;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafka().bootstrapServers()));
    }

    /** What is left when the wait ends; {@code quiet} when nothing is. */
    record Wait(Duration waited, boolean quiet, Map<String, Long> unsentEvents, long consumerLag) {
        String describe() {
            return quiet ? "caught up after %d s".formatted(waited.toSeconds())
                    : "NOT caught up after %d s (unsent outbox events %s, consumer lag %d)"
                            .formatted(waited.toSeconds(), unsentEvents, consumerLag);
        }
    }

    Wait awaitQuiet(Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (true) {
            Map<String, Long> unsent = unsentOutboxEventsByService();
            long lag = consumerLag();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (unsent.isEmpty() && lag == 0) {
                return new Wait(waited, true, unsent, 0);
            }
            if (System.nanoTime() > deadline) {
                return new Wait(waited, false, unsent, lag);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Records on the topic so far, over all partitions; the difference over a phase is what was published in it. */
    long recordsOn(String topic) {
        try {
            Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toSet());
            return endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw failure("cannot read the offsets of " + topic, e);
        }
    }

    /** Services with events not yet on Kafka, and how many. */
    Map<String, Long> unsentOutboxEventsByService() {
        Map<String, Long> unsent = new TreeMap<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            long count = unsentOutboxEvents(service.database());
            if (count > 0) {
                unsent.put(service.module(), count);
            }
        }
        return unsent;
    }

    private long unsentOutboxEvents(String database) {
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(database),
                system.postgres().username(), system.postgres().password());
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(UNSENT_EVENTS)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException noOutboxInThisService) {
            return 0;
        }
    }

    /** Over every consumer group: records after its committed offsets. */
    long consumerLag() {
        try {
            Collection<GroupListing> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (GroupListing group : groups) {
                lag += lagOf(group.groupId());
            }
            return lag;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw failure("cannot read the consumer groups", e);
        }
    }

    /**
     * Records after the group's committed offsets, on every partition it commits or is assigned; an assigned partition
     * without a commit yet counts from the log start (the services read from the earliest offset).
     */
    private long lagOf(String groupId) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        admin.describeConsumerGroups(Set.of(groupId)).all().get(10, TimeUnit.SECONDS).get(groupId).members()
                .forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata commit = committed.get(partition);
            long from = commit != null ? commit.offset() : starts.getOrDefault(partition, 0L);
            lag += Math.max(0, ends.getOrDefault(partition, 0L) - from);
        }
        return lag;
    }

    private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        return offsets(partitions, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = admin.listOffsets(request).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        infos.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static IllegalStateException failure(String message, Exception cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException(message, cause);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
