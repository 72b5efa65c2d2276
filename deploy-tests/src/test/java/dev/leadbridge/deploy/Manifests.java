package dev.leadbridge.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/** One rendered kustomization (the base or an overlay) with typed access to what the checks look at. */
final class Manifests {

    private static final Map<Path, Manifests> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final Kustomize.Rendering rendering;

    private Manifests(String name, Kustomize.Rendering rendering) {
        this.name = name;
        this.rendering = rendering;
    }

    static Manifests overlay(String name) {
        Path dir = Project.get().overlays().get(name);
        if (dir == null) {
            throw new IllegalArgumentException("no overlay " + name);
        }
        return CACHE.computeIfAbsent(dir, d -> new Manifests(name, Kustomize.render(d)));
    }

    static Manifests base() {
        Path dir = Project.get().base();
        return CACHE.computeIfAbsent(dir, d -> new Manifests("base", Kustomize.render(d)));
    }

    String name() {
        return name;
    }

    List<ObjectNode> documents() {
        return rendering.resources();
    }

    Kustomize.Rendering rendering() {
        return rendering;
    }

    List<ObjectNode> ofKind(String kind) {
        return documents().stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    <T> List<T> all(String kind, Class<T> type) {
        return ofKind(kind).stream().map(d -> StrictModel.as(d, type)).toList();
    }

    <T> Optional<T> find(String kind, String resourceName, Class<T> type) {
        return ofKind(kind).stream().filter(d -> Kustomize.name(d).equals(resourceName)).findFirst()
                .map(d -> StrictModel.as(d, type));
    }

    List<Deployment> deployments() {
        return all("Deployment", Deployment.class);
    }

    Optional<Deployment> deployment(String deploymentName) {
        return find("Deployment", deploymentName, Deployment.class);
    }

    List<Service> services() {
        return all("Service", Service.class);
    }

    Optional<ConfigMap> configMap(String configMapName) {
        return find("ConfigMap", configMapName, ConfigMap.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all("PodDisruptionBudget", PodDisruptionBudget.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all("NetworkPolicy", NetworkPolicy.class);
    }

    List<Ingress> ingresses() {
        return all("Ingress", Ingress.class);
    }

    Kafka kafka() {
        List<Kafka> clusters = all("Kafka", Kafka.class);
        if (clusters.size() != 1) {
            throw new IllegalStateException(name + ": expected one Kafka cluster, found " + clusters.size());
        }
        return clusters.get(0);
    }

    List<KafkaNodePool> nodePools() {
        return all("KafkaNodePool", KafkaNodePool.class);
    }

    /** Broker nodes of a Kafka cluster: the replicas of its node pools that have the broker role. */
    int brokers(String cluster) {
        return nodePools().stream()
                .filter(p -> p.getMetadata().getLabels() != null
                        && cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
    }

    List<KafkaTopic> topics() {
        return all("KafkaTopic", KafkaTopic.class);
    }

    /** The Kafka topic a KafkaTopic creates: spec.topicName, else its name. */
    static String topicName(KafkaTopic topic) {
        String explicit = topic.getSpec().getTopicName();
        return explicit != null ? explicit : topic.getMetadata().getName();
    }

    Optional<KafkaTopic> topic(String topicName) {
        return topics().stream().filter(t -> topicName(t).equals(topicName)).findFirst();
    }

    Cnpg.Cluster postgres() {
        List<Cnpg.Cluster> clusters = all("Cluster", Cnpg.Cluster.class);
        if (clusters.size() != 1) {
            throw new IllegalStateException(name + ": expected one PostgreSQL cluster, found " + clusters.size());
        }
        return clusters.get(0);
    }

    List<Cnpg.Database> databases() {
        return all("Database", Cnpg.Database.class);
    }

    /** Whether a selector's matchLabels (the only form the manifests use) select pods with these labels. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new IllegalStateException("matchExpressions are not evaluated by these checks: " + selector);
        }
        Map<String, String> match = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    /** One environment variable of a container: a literal value, or a reference to a Secret key. */
    record Env(String name, String value, String secret, String secretKey, String source) {
    }

    /** A container's environment as Kubernetes assembles it (envFrom first, then env), and what is wrong with it. */
    record Environment(Map<String, Env> variables, List<String> problems) {

        /** Name to value, Secret references standing in as {@code <secret:name/key>}. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            variables.forEach((k, v) -> values.put(k, v.value() != null ? v.value()
                    : "<secret:" + v.secret() + "/" + v.secretKey() + ">"));
            return values;
        }
    }

    Environment environment(Container container) {
        Map<String, Env> variables = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getSecretRef() != null) {
                problems.add("envFrom secretRef " + from.getSecretRef().getName()
                        + ": the variables a Secret sets cannot be checked; reference its keys with env[].valueFrom");
                continue;
            }
            String configMapName = from.getConfigMapRef().getName();
            Optional<ConfigMap> configMap = configMap(configMapName);
            if (configMap.isEmpty()) {
                problems.add("envFrom ConfigMap " + configMapName + " does not exist");
                continue;
            }
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            Map<String, String> data = configMap.get().getData() == null ? Map.of() : configMap.get().getData();
            data.forEach((key, value) -> {
                Env previous = variables.put(prefix + key, new Env(prefix + key, value, null, null,
                        "ConfigMap " + configMapName));
                if (previous != null) {
                    problems.add(prefix + key + " is set by " + previous.source() + " and ConfigMap " + configMapName);
                }
            });
        }
        for (EnvVar variable : container.getEnv()) {
            Env env;
            if (variable.getValueFrom() == null) {
                env = new Env(variable.getName(), variable.getValue() == null ? "" : variable.getValue(), null, null, "env");
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                env = new Env(variable.getName(), null, ref.getName(), ref.getKey(), "Secret " + ref.getName());
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                Optional<String> value = configMap(ref.getName())
                        .map(c -> c.getData() == null ? null : c.getData().get(ref.getKey()));
                if (value.isEmpty()) {
                    problems.add(variable.getName() + ": ConfigMap " + ref.getName() + " has no key " + ref.getKey());
                }
                env = new Env(variable.getName(), value.orElse(""), null, null, "ConfigMap " + ref.getName());
            } else {
                env = new Env(variable.getName(), "", null, null, "fieldRef");
            }
            Env previous = variables.put(env.name(), env);
            if (previous != null) {
                problems.add(env.name() + " is set by " + previous.source() + " and by " + env.source());
            }
        }
        return new Environment(variables, problems);
    }
}
