package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.leadbridge.events.Topics;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * The Strimzi Kafka cluster and its KafkaTopics against the event contract ({@link Topics}) and the services'
 * messaging configuration.
 */
class KafkaTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void everyContractTopicAndDeadLetterTopicHasAKafkaTopic(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        assertThat(Topics.all()).as("topics of the contract without a KafkaTopic")
                .allMatch(topic -> manifests.topic(topic).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void everyTopicTheServicesConfigureHasAKafkaTopic(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (ServiceModule service : Project.get().services()) {
            assertThat(service.config().namedTopics())
                    .as("topics and dead-letter topics %s's messaging configuration names", service)
                    .allMatch(topic -> manifests.topic(topic).isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void noKafkaTopicOutsideTheContract(String overlay) {
        Set<String> declared = new TreeSet<>();
        Manifests.overlay(overlay).topics().forEach(t -> declared.add(Manifests.topicName(t)));
        declared.removeAll(Topics.all());
        assertThat(declared).as("KafkaTopics that are not in Topics.all() (renamed or removed?)").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void everyTopicStatesPartitionsReplicasAndRetention(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        String cluster = manifests.kafka().getMetadata().getName();
        for (KafkaTopic topic : manifests.topics()) {
            String name = Manifests.topicName(topic);
            assertThat(topic.getMetadata().getLabels()).as("%s belongs to the Kafka cluster", name)
                    .containsEntry("strimzi.io/cluster", cluster);
            assertThat(topic.getSpec().getPartitions()).as("%s partitions", name).isNotNull().isPositive();
            assertThat(topic.getSpec().getReplicas()).as("%s replicas", name).isNotNull().isPositive();
            assertThat(topic.getSpec().getConfig()).as("%s retention", name).containsKey("retention.ms");
            long retention = number(topic.getSpec().getConfig().get("retention.ms"));
            assertThat(retention == -1 || retention > 0).as("%s retention.ms is -1 or positive", name).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void lifecycleHistoryIsKeptForReplay(String overlay) {
        KafkaTopic lifecycle = Manifests.overlay(overlay).topic(Topics.LEADS_LIFECYCLE).orElseThrow();
        Map<String, Object> config = lifecycle.getSpec().getConfig();
        assertThat(number(config.get("retention.ms"))).as("retention.ms of %s", Topics.LEADS_LIFECYCLE)
                .isEqualTo(-1L);
        assertThat(number(config.getOrDefault("retention.bytes", -1))).as("retention.bytes of %s",
                Topics.LEADS_LIFECYCLE).isEqualTo(-1L);
        assertThat(String.valueOf(config.getOrDefault("cleanup.policy", "delete")))
                .as("compaction would drop a lead's history but its last event").doesNotContain("compact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void clockStatesAreCompactedToTheLatestPerLead(String overlay) {
        KafkaTopic clocks = Manifests.overlay(overlay).topic(Topics.SLA_CLOCKS).orElseThrow();
        assertThat(clocks.getSpec().getConfig()).as("config of %s", Topics.SLA_CLOCKS)
                .containsEntry("cleanup.policy", "compact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void replicationFitsTheBrokers(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Kafka kafka = manifests.kafka();
        int brokers = manifests.brokers(kafka.getMetadata().getName());
        Map<String, Object> broker = kafka.getSpec().getKafka().getConfig();
        long defaultMinIsr = number(broker.getOrDefault("min.insync.replicas", 1));
        assertThat(brokers).as("broker nodes").isPositive();
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(number(broker.get(key))).as("%s (stated, at most the %d brokers)", key, brokers)
                    .isBetween(1L, (long) brokers);
        }
        assertThat(number(broker.get("transaction.state.log.min.isr")))
                .as("transaction.state.log.min.isr at most its replication factor")
                .isLessThanOrEqualTo(number(broker.get("transaction.state.log.replication.factor")));
        for (KafkaTopic topic : manifests.topics()) {
            String name = Manifests.topicName(topic);
            int replicas = topic.getSpec().getReplicas();
            long minIsr = number(topic.getSpec().getConfig().getOrDefault("min.insync.replicas", defaultMinIsr));
            assertThat(replicas).as("%s replicas at most the %d brokers", name, brokers).isLessThanOrEqualTo(brokers);
            assertThat(minIsr).as("%s min.insync.replicas at most its replicas", name).isBetween(1L, (long) replicas);
            if (replicas > 1) {
                assertThat(minIsr).as("%s: with min.insync.replicas = replicas one broker down stops producers "
                        + "(acks=all)", name).isLessThan(replicas);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void kafkaRunsInKraftModeWithNodePoolsAndManagesTopics(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Kafka kafka = manifests.kafka();
        String cluster = kafka.getMetadata().getName();
        List<KafkaNodePool> pools = manifests.nodePools();
        assertThat(pools).as("node pools of %s", cluster).isNotEmpty()
                .allMatch(p -> p.getMetadata().getLabels() != null
                        && cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster")));
        int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertThat(controllers).as("KRaft controllers (an odd number for a quorum)").isPositive().isOdd();
        assertThat(kafka.getSpec().getEntityOperator()).as("entity operator").isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator())
                .as("the Topic Operator, without which KafkaTopics create nothing").isNotNull();
        assertThat(String.valueOf(kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable")))
                .as("auto.create.topics.enable (a mistyped topic must fail, not appear)").isEqualTo("false");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void serviceConnectsToAPlainListenerThatAdmitsIt(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Kafka kafka = manifests.kafka();
        var deployment = ServiceDeploymentTests.deployment(overlay, serviceName);
        Map<String, String> env = ServiceDeploymentTests.env(overlay, ServiceDeploymentTests.container(deployment));
        String bootstrap = Project.get().service(serviceName).config().effective("kafka.bootstrap.servers", env)
                .orElseThrow();
        String expectedHost = kafka.getMetadata().getName() + "-kafka-bootstrap";
        assertThat(bootstrap).as("kafka.bootstrap.servers of %s", serviceName).startsWith(expectedHost + ":");
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getPort() == port).findFirst().orElse(null);
        assertThat(listener).as("a listener on port %d", port).isNotNull();
        assertThat(listener.isTls()).as("the services speak plain Kafka (no TLS configured)").isFalse();
        assertThat(listener.getAuth()).as("the services configure no Kafka authentication").isNull();
        List<NetworkPolicyPeer> peers = listener.getNetworkPolicyPeers();
        if (peers != null && !peers.isEmpty()) {
            assertThat(peers).as("the listener's networkPolicyPeers admit %s", serviceName)
                    .anyMatch(p -> p.getNamespaceSelector() == null
                            && Manifests.selects(p.getPodSelector(), Manifests.podLabels(deployment)));
        }
    }

    static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(value).trim());
    }
}
