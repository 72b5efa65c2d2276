package dev.leadbridge.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The outbox guarantee, proven by breaking the broker: leads captured while Kafka is down are accepted at once
 * and published once it is back. The relay may publish a batch twice after a timeout (at-least-once), never
 * under two event ids, so idempotent consumers see each lead exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class OutboxDeliveryTests {

    private static final int LEADS = 20;

    @InjectRealInfrastructure
    KafkaBroker kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void leadsCapturedWhileKafkaIsDownArePublishedOnceItIsBack() throws InterruptedException {
        List<String> leadIds = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < LEADS; i++) {
                leadIds.add(IntakeFixtures.captureLead("outage-" + i + "@engines.example"));
            }
            Thread.sleep(1_500); // let the relay try, and fail, to publish while the broker is away
        } finally {
            kafka.restart();
        }

        Set<String> expected = Set.copyOf(leadIds);
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(r -> expected.contains(r.key()), LEADS, Duration.ofSeconds(60));
            records.addAll(reader.readFor(r -> expected.contains(r.key()), Duration.ofSeconds(1)));
            Map<String, Set<UUID>> eventIdsByLead = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key,
                    Collectors.mapping(r -> CloudEvents.readHeaders(r.headers()).id(), Collectors.toSet())));
            assertThat(eventIdsByLead).as("every lead published").containsOnlyKeys(expected);
            assertThat(eventIdsByLead.values()).as("one event id per lead").allSatisfy(ids -> assertThat(ids).hasSize(1));
        }
    }

}
