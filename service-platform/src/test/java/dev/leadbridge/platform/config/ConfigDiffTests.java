package dev.leadbridge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigDiffTests {

    @Test
    void aChangedValueIsAReplaceThatNamesTheValueItReplaced() {
        List<JsonNode> changes = ConfigDiff.between("{\"mql\": {\"minTotal\": 60}}", "{\"mql\": {\"minTotal\": 75}}");

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("op").asText()).isEqualTo("replace");
        assertThat(changes.get(0).get("path").asText()).isEqualTo("/mql/minTotal");
        assertThat(changes.get(0).get("value").asInt()).isEqualTo(75);
        assertThat(changes.get(0).get("fromValue").asInt()).isEqualTo(60);
    }

    @Test
    void addedAndRemovedRulesAreSpelledOutNeverMovedOrCopied() {
        List<JsonNode> changes = ConfigDiff.between(
                "{\"rules\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"spare\": {\"id\": \"c\"}}",
                "{\"rules\": [{\"id\": \"b\"}, {\"id\": \"c\"}]}");

        assertThat(changes).extracting(change -> change.get("op").asText())
                .doesNotContain("move", "copy").contains("remove");
        assertThat(changes).anySatisfy(change -> assertThat(change.get("path").asText()).isEqualTo("/spare"));
    }

    @Test
    void theSameDocumentHasNoChangesWhateverItsKeyOrder() {
        assertThat(ConfigDiff.between("{\"a\": 1, \"b\": [1, 2]}", "{\"b\": [1, 2], \"a\": 1}")).isEmpty();
    }
}
