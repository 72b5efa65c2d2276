package dev.leadbridge.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The history of a configuration as the APIs show it. */
public final class ConfigVersionView {

    private ConfigVersionView() {
    }

    @Schema(description = "A published version: who published it, when and why")
    public record Summary(int version, String publishedBy, Instant publishedAt, String comment) {

        static Summary of(StoredDocument stored) {
            return new Summary(stored.version(), stored.publishedBy(), stored.publishedAt(), stored.comment());
        }
    }

    @Schema(description = "A published version with its document, as it was published")
    public record Version(int version, String publishedBy, Instant publishedAt, String comment,
                          @Schema(description = "the configuration as published") JsonNode document) {

        static Version of(StoredDocument stored) {
            return new Version(stored.version(), stored.publishedBy(), stored.publishedAt(), stored.comment(),
                    ConfigDiff.read(stored.document()));
        }
    }

    @Schema(description = "What changed from one version to another: the RFC 6902 JSON Patch that turns the first "
            + "into the second; a replace also names the value it replaced (fromValue)")
    public record Diff(int from, int to,
                       @Schema(description = "JSON Patch operations (op, path, value, fromValue)")
                       List<JsonNode> changes) {
    }
}
