package dev.leadbridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** YAML files as Jackson trees; a file may hold several documents. */
final class Yaml {

    static final YAMLMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    /** The non-empty documents of a file; each must be a mapping. */
    static List<ObjectNode> documents(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode node : all(file)) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                continue;
            }
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException(file + ": a document is not a mapping");
            }
            documents.add(object);
        }
        return documents;
    }

    /** A file holding exactly one document of any shape (a mapping, or a list such as a JSON patch). */
    static JsonNode single(Path file) {
        List<JsonNode> all = all(file);
        if (all.size() != 1) {
            throw new IllegalStateException(file + ": expected one YAML document, found " + all.size());
        }
        return all.get(0);
    }

    private static List<JsonNode> all(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                documents.add(MAPPER.readTree(parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    static JsonNode parse(String yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
