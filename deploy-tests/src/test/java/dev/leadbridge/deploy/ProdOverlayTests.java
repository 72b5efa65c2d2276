package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/** What production promises: three of everything, and no acknowledged write lost when one broker goes. */
class ProdOverlayTests {

    private static final String PROD = "prod";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void runsThreeReplicasOfEveryService(String serviceName) {
        Manifests prod = Manifests.overlay(PROD);
        assertThat(ServiceDeploymentTests.deployment(PROD, serviceName).getSpec().getReplicas())
                .as("replicas of %s", serviceName).isEqualTo(3);
        HorizontalPodAutoscaler hpa = prod.autoscalers().stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(serviceName)).findFirst().orElseThrow();
        assertThat(hpa.getSpec().getMinReplicas()).as("the autoscaler never goes below three").isGreaterThanOrEqualTo(3);
    }

    @Test
    void runsThreeBrokersAndThreeControllers() {
        Manifests prod = Manifests.overlay(PROD);
        Kafka kafka = prod.kafka();
        assertThat(prod.brokers(kafka.getMetadata().getName())).as("brokers").isEqualTo(3);
    }

    @Test
    void replicatesEveryTopicThreeTimesAndAcknowledgesOnTwo() {
        Manifests prod = Manifests.overlay(PROD);
        Map<String, Object> broker = prod.kafka().getSpec().getKafka().getConfig();
        assertThat(KafkaTests.number(broker.get("default.replication.factor"))).isEqualTo(3);
        assertThat(KafkaTests.number(broker.get("min.insync.replicas"))).isEqualTo(2);
        assertThat(KafkaTests.number(broker.get("offsets.topic.replication.factor"))).isEqualTo(3);
        assertThat(KafkaTests.number(broker.get("transaction.state.log.replication.factor"))).isEqualTo(3);
        assertThat(KafkaTests.number(broker.get("transaction.state.log.min.isr"))).isEqualTo(2);
        assertThat(prod.topics()).isNotEmpty();
        for (KafkaTopic topic : prod.topics()) {
            assertThat(topic.getSpec().getReplicas()).as("replicas of %s", Manifests.topicName(topic)).isEqualTo(3);
            assertThat(KafkaTests.number(topic.getSpec().getConfig().getOrDefault("min.insync.replicas",
                    broker.get("min.insync.replicas")))).as("min.insync.replicas of %s", Manifests.topicName(topic))
                    .isEqualTo(2);
        }
    }

    @Test
    void runsPostgresWithTwoStandbys() {
        assertThat(Manifests.overlay(PROD).postgres().spec().instances()).as("PostgreSQL instances").isEqualTo(3);
    }
}
