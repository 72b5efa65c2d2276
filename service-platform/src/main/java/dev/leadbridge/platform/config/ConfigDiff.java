package dev.leadbridge.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * What changed between two versions of a configuration, as the RFC 6902 JSON Patch that turns the older document into
 * the newer one. Moves and copies are spelled out as removes and adds, and a replace also names the value it replaced
 * ({@code fromValue}, a member JSON Patch readers ignore), so a person reads every change without the other version.
 */
public final class ConfigDiff {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EnumSet<DiffFlags> READABLE = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION,
            DiffFlags.OMIT_COPY_OPERATION, DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);

    private ConfigDiff() {
    }

    /** The operations that turn {@code from} into {@code to}; none when they are the same. */
    public static List<JsonNode> between(String from, String to) {
        JsonNode patch = JsonDiff.asJson(read(from), read(to), READABLE);
        return StreamSupport.stream(patch.spliterator(), false).toList();
    }

    static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
