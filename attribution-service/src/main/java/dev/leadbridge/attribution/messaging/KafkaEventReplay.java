package dev.leadbridge.attribution.messaging;

import dev.leadbridge.attribution.application.EventReplay;
import dev.leadbridge.events.Topics;
import dev.leadbridge.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rewinds this instance's Kafka consumers of the read model's four topics. Each seek runs on the consumer's own
 * polling thread (a Kafka consumer is single-threaded); the beginning is committed as well, so a restart in the middle
 * of a replay starts it over instead of resuming after events the emptied tables never saw.
 */
@ApplicationScoped
public class KafkaEventReplay implements EventReplay {

    private static final Logger LOG = Logger.getLogger(KafkaEventReplay.class);
    private static final Map<String, String> TOPIC_OF_CHANNEL = Map.of(
            Channels.LEADS_CAPTURED, Topics.LEADS_CAPTURED,
            Channels.LEADS_TOUCHPOINTS, Topics.LEADS_TOUCHPOINTS,
            Channels.LEADS_LIFECYCLE, Topics.LEADS_LIFECYCLE,
            Channels.SLA_ALERTS, Topics.SLA_ALERTS);

    private final KafkaClientService kafka;

    KafkaEventReplay(KafkaClientService kafka) {
        this.kafka = kafka;
    }

    @Override
    public List<String> inboxConsumers() {
        return ReadModelConsumers.CONSUMERS;
    }

    @Override
    public Uni<Void> requireWholeTopics() {
        return eachChannel(channel -> consumer(channel).runOnPollingThread(client -> {
            String topic = TOPIC_OF_CHANNEL.get(channel);
            int partitions = client.partitionsFor(topic).size();
            long assigned = client.assignment().stream().filter(partition -> partition.topic().equals(topic)).count();
            if (assigned < partitions) {
                throw ProblemException.conflict("This instance consumes " + assigned + " of the " + partitions
                        + " partitions of " + topic + "; a rebuild needs a single running instance whose consumers"
                        + " own every partition (scale attribution-service to one replica, wait for its consumers to"
                        + " be assigned, then retry).");
            }
            return null;
        }).replaceWithVoid());
    }

    @Override
    public Uni<Void> rewindToBeginning() {
        return eachChannel(channel -> consumer(channel).runOnPollingThread(client -> {
            Set<TopicPartition> partitions = client.assignment();
            Map<TopicPartition, OffsetAndMetadata> beginnings = client.beginningOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue())));
            client.commitSync(beginnings);
            client.seekToBeginning(partitions);
            LOG.infof("Channel %s rewound to the beginning of %d partition(s)", channel, partitions.size());
        }));
    }

    /**
     * Runs {@code action} for one channel after the other, stopping at the first failure, and hands the outcome back
     * on the caller's Vert.x context: the work ran on the consumers' polling threads, and what comes next (a
     * Hibernate Reactive transaction, the HTTP response) must not.
     */
    private Uni<Void> eachChannel(Function<String, Uni<Void>> action) {
        Context caller = Vertx.currentContext();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (String channel : Channels.ALL) {
            all = all.chain(() -> action.apply(channel));
        }
        return caller == null ? all : all.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }

    private KafkaConsumer<String, String> consumer(String channel) {
        KafkaConsumer<String, String> consumer = kafka.getConsumer(channel);
        if (consumer == null) {
            throw new IllegalStateException("No Kafka consumer for channel " + channel);
        }
        return consumer;
    }
}
