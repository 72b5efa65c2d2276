package dev.leadbridge.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 JSON Patch operations {@code add}, {@code remove}, {@code replace} and {@code test}, applied as kustomize
 * applies a JSON 6902 patch; anything else is refused rather than guessed.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(JsonNode document, JsonNode operations) {
        if (!operations.isArray()) {
            throw new IllegalArgumentException("a JSON patch is a list of operations");
        }
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText("");
            String path = operation.path("path").asText(null);
            if (path == null) {
                throw new IllegalArgumentException("operation without path: " + operation);
            }
            List<String> tokens = pointer(path);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("cannot patch the document root: " + operation);
            }
            JsonNode parent = resolve(document, tokens.subList(0, tokens.size() - 1), path);
            String last = tokens.get(tokens.size() - 1);
            switch (op) {
                case "add" -> add(parent, last, value(operation), path);
                case "remove" -> remove(parent, last, path);
                case "replace" -> {
                    remove(parent, last, path);
                    add(parent, last, value(operation), path);
                }
                case "test" -> {
                    JsonNode actual = child(parent, last, path);
                    if (!actual.equals(value(operation))) {
                        throw new IllegalStateException("test failed at " + path + ": " + actual);
                    }
                }
                default -> throw new IllegalArgumentException("unsupported JSON patch operation '" + op + "'");
            }
        }
    }

    static List<String> pointer(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : path.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            throw new IllegalArgumentException("operation without value: " + operation);
        }
        return operation.get("value").deepCopy();
    }

    private static JsonNode resolve(JsonNode node, List<String> tokens, String path) {
        JsonNode current = node;
        for (String token : tokens) {
            current = child(current, token, path);
        }
        return current;
    }

    private static JsonNode child(JsonNode parent, String token, String path) {
        JsonNode child = null;
        if (parent instanceof ObjectNode object) {
            child = object.get(token);
        } else if (parent instanceof ArrayNode array) {
            child = array.get(index(token, array.size() - 1, path));
        }
        if (child == null) {
            throw new IllegalStateException("path " + path + " does not exist (at '" + token + "')");
        }
        return child;
    }

    private static void add(JsonNode parent, String token, JsonNode value, String path) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            if (token.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(token, array.size(), path), value);
            }
        } else {
            throw new IllegalStateException("path " + path + ": parent is not a mapping or a list");
        }
    }

    private static void remove(JsonNode parent, String token, String path) {
        child(parent, token, path);
        if (parent instanceof ObjectNode object) {
            object.remove(token);
        } else {
            ((ArrayNode) parent).remove(index(token, parent.size() - 1, path));
        }
    }

    private static int index(String token, int max, String path) {
        try {
            int index = Integer.parseInt(token);
            if (index < 0 || index > max) {
                throw new IllegalStateException("index " + index + " out of range in " + path);
            }
            return index;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + token + "' is not a list index in " + path);
        }
    }
}
