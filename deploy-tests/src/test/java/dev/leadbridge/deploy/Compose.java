package dev.leadbridge.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** docker-compose.yml, parsed; both the list and the mapping forms of its fields are read. */
final class Compose {

    private static Compose instance;

    private final JsonNode root;

    private Compose(JsonNode root) {
        this.root = root;
    }

    static synchronized Compose load() {
        if (instance == null) {
            instance = new Compose(Yaml.single(Project.get().composeFile()));
        }
        return instance;
    }

    JsonNode root() {
        return root;
    }

    Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        root.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
        return services;
    }

    Optional<JsonNode> service(String name) {
        return Optional.ofNullable(root.path("services").get(name));
    }

    /** A service's environment, from {@code KEY: value} or {@code - KEY=value}. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        } else if (node.isArray()) {
            for (JsonNode entry : node) {
                String text = entry.asText();
                int eq = text.indexOf('=');
                environment.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return environment;
    }

    /** Strings of a field that may be a single string or a list. */
    static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> strings.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            strings.add(node.asText());
        }
        return strings;
    }

    /** A compose value with its variables at their defaults: {@code ${X:-d}} becomes {@code d}. */
    static String withDefaults(String value) {
        return value.replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}", "$1");
    }
}
