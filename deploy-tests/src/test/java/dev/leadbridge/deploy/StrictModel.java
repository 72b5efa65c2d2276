package dev.leadbridge.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.schema.validator.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.ValidationReport;
import io.fabric8.kubernetes.schema.validator.Validator;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Loads a manifest strictly, failing on what the cluster would reject or silently ignore:
 * <ul>
 * <li>Kubernetes kinds: validated against the Kubernetes OpenAPI schema (fabric8's model validator: unknown fields,
 * wrong types, missing required fields) and read into fabric8's typed model;</li>
 * <li>Strimzi kinds ({@code kafka.strimzi.io/v1}): read into Strimzi's own typed model, where a field the model does not
 * know is an error;</li>
 * <li>CloudNativePG kinds ({@code postgresql.cnpg.io/v1}): read into {@link Cnpg}, failing on undeclared fields.</li>
 * </ul>
 * Any other kind is an error, so nothing reaches a cluster unvalidated.
 */
final class StrictModel {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1";

    /** The Kubernetes kinds the manifests may use; each is validated against the Kubernetes schema. */
    static final Set<String> KUBERNETES_KINDS = Set.of("v1/Namespace", "v1/ConfigMap", "v1/Service",
            "apps/v1/Deployment", "autoscaling/v2/HorizontalPodAutoscaler", "policy/v1/PodDisruptionBudget",
            "networking.k8s.io/v1/NetworkPolicy", "networking.k8s.io/v1/Ingress");

    private static final Map<String, Class<?>> TYPED = Map.of(
            "apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class,
            "v1/Service", io.fabric8.kubernetes.api.model.Service.class,
            "v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class,
            "v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class,
            "autoscaling/v2/HorizontalPodAutoscaler",
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);

    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    private StrictModel() {
    }

    private static final class Schema {
        static final Validator VALIDATOR = Validator.newInstance();
    }

    /** Everything wrong with one manifest; empty when it is valid. */
    static List<String> problems(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String id = apiVersion + "/" + kind;
        List<String> problems = new ArrayList<>();
        String name = document.path("metadata").path("name").asText("");
        if (name.isEmpty() || name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
            problems.add("metadata.name '" + name + "' is not a valid Kubernetes name");
        }
        if ((kind.equals("Service") || kind.equals("Namespace"))
                && (name.length() > 63 || !DNS_LABEL.matcher(name).matches())) {
            problems.add(kind + " name '" + name + "' is not a DNS-1035 label");
        }
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            problems.addAll(strimzi(document, apiVersion, kind));
        } else if (apiVersion.startsWith("postgresql.cnpg.io/")) {
            problems.addAll(cnpg(document, apiVersion, kind));
        } else if (KUBERNETES_KINDS.contains(id)) {
            ValidationReport report = Schema.VALIDATOR.validate(document);
            for (ValidationMessage message : report.getMessages()) {
                if (message.getLevel() == ValidationMessage.Level.ERROR && !intOrStringGivenAnInteger(message)) {
                    problems.add(message.getMessage());
                }
            }
            problems.addAll(typed(document, TYPED.get(id)));
        } else {
            problems.add(id + " is not a kind this validation covers (" + KUBERNETES_KINDS + ", Strimzi "
                    + STRIMZI_API_VERSION + ", CloudNativePG " + Cnpg.API_VERSION + ")");
        }
        return problems;
    }

    private static List<String> strimzi(JsonNode document, String apiVersion, String kind) {
        if (!apiVersion.equals(STRIMZI_API_VERSION)) {
            return List.of("Strimzi resources use " + STRIMZI_API_VERSION + " (older versions are gone in Strimzi 1.0)");
        }
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case "Kafka" -> {
                problems.addAll(typed(document, Kafka.class));
                // fields the v1 API removed: ZooKeeper is gone and brokers come from KafkaNodePools
                for (String removed : List.of("/spec/zookeeper", "/spec/jmxTrans", "/spec/kafka/replicas",
                        "/spec/kafka/storage")) {
                    if (!document.at(removed).isMissingNode()) {
                        problems.add(removed + " does not exist in " + STRIMZI_API_VERSION);
                    }
                }
                if (document.at("/spec/kafka/listeners").size() == 0) {
                    problems.add("spec.kafka.listeners is required");
                }
            }
            case "KafkaNodePool" -> {
                problems.addAll(typed(document, KafkaNodePool.class));
                for (String required : List.of("/spec/replicas", "/spec/roles", "/spec/storage")) {
                    if (document.at(required).isMissingNode()) {
                        problems.add(required + " is required");
                    }
                }
            }
            case "KafkaTopic" -> problems.addAll(typed(document, KafkaTopic.class));
            default -> problems.add("Strimzi kind " + kind + " is not covered by this validation");
        }
        return problems;
    }

    private static List<String> cnpg(JsonNode document, String apiVersion, String kind) {
        if (!apiVersion.equals(Cnpg.API_VERSION)) {
            return List.of("CloudNativePG resources use " + Cnpg.API_VERSION);
        }
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case "Cluster" -> {
                problems.addAll(typed(document, Cnpg.Cluster.class));
                if (document.at("/spec/instances").asInt(0) < 1) {
                    problems.add("spec.instances must be at least 1");
                }
                if (document.at("/spec/storage/size").isMissingNode()) {
                    problems.add("spec.storage.size is required");
                } else {
                    problems.addAll(quantity("spec.storage.size", document.at("/spec/storage/size").asText()));
                }
                for (JsonNode role : document.at("/spec/managed/roles")) {
                    if (!role.hasNonNull("name")) {
                        problems.add("a managed role needs a name");
                    }
                }
            }
            case "Database" -> {
                problems.addAll(typed(document, Cnpg.Database.class));
                for (String required : List.of("/spec/name", "/spec/owner", "/spec/cluster/name")) {
                    if (document.at(required).isMissingNode()) {
                        problems.add(required + " is required");
                    }
                }
            }
            default -> problems.add("CloudNativePG kind " + kind + " is not covered by this validation");
        }
        return problems;
    }

    /**
     * The schema declares IntOrString fields (maxSurge, maxUnavailable, ports, ...) as strings of format int-or-string;
     * the API server accepts integers there, so an integer is no error.
     */
    private static boolean intOrStringGivenAnInteger(ValidationMessage message) {
        return message.getSchema() != null && message.getSchema().endsWith("intstr.IntOrString")
                && message.getMessage().contains("Instance type (integer)");
    }

    /** Reads a document into a typed model; reports what does not fit and every field the model does not know. */
    static List<String> typed(JsonNode document, Class<?> type) {
        Object value;
        try {
            value = MAPPER.treeToValue(document, type);
        } catch (Exception e) {
            return List.of("does not fit " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        walk(value, "", problems);
        return problems;
    }

    /** Reads a document that {@link #problems} accepted into its typed model. */
    static <T> T as(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + document.path("kind").asText() + " "
                    + document.path("metadata").path("name").asText() + " as " + type.getSimpleName(), e);
        }
    }

    /**
     * fabric8's and Strimzi's models keep fields they do not know in {@code additionalProperties} instead of failing:
     * walks the object graph and reports each of them, with its path. Quantities are also checked for their format.
     */
    private static void walk(Object value, String path, List<String> problems) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Quantity quantity) {
            problems.addAll(quantity(path.isEmpty() ? "quantity" : path.substring(1), quantity.toString()));
            return;
        }
        Class<?> type = value.getClass();
        boolean model = type.getName().startsWith("io.fabric8.") || type.getName().startsWith("io.strimzi.")
                || type.getName().startsWith(Cnpg.class.getName());
        if (!model) {
            return;
        }
        try {
            Object extra = type.getMethod("getAdditionalProperties").invoke(value);
            if (extra instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                problems.add((path.isEmpty() ? "" : path.substring(1) + ": ") + "unknown field(s) " + unknown.keySet());
            }
        } catch (NoSuchMethodException e) {
            // a model class without a catch-all: Jackson already failed on unknown fields
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor != null) {
                accessor.fixAccess(true);
                walk(accessor.getValue(value), path + "." + property.getName(), problems);
            }
        }
    }

    static List<String> quantity(String path, String value) {
        try {
            Quantity.getAmountInBytes(new Quantity(value));
            return List.of();
        } catch (RuntimeException e) {
            return List.of(path + ": '" + value + "' is not a quantity");
        }
    }
}
