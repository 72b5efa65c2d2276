package dev.leadbridge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IfMatchTests {

    @Test
    void noHeaderOrAStarAcceptsAnyVersion() {
        assertThat(IfMatch.versions(null)).isEmpty();
        assertThat(IfMatch.versions(" ")).isEmpty();
        assertThat(IfMatch.versions("*")).isEmpty();
    }

    @Test
    void strongTagsNameTheirVersions() {
        assertThat(IfMatch.versions("\"3\"")).containsExactly(3L);
        assertThat(IfMatch.versions("\"3\", \"5\"")).containsExactlyInAnyOrder(3L, 5L);
        assertThat(IfMatch.configVersions("\"7\"")).containsExactly(7);
    }

    @Test
    void weakOrForeignTagsMatchNothingSoTheWriteFailsRatherThanActingBlind() {
        assertThat(IfMatch.versions("W/\"3\"")).containsExactly(IfMatch.NOTHING);
        assertThat(IfMatch.versions("\"abc\"")).containsExactly(IfMatch.NOTHING);
        assertThat(IfMatch.configVersions("\"99999999999\"")).containsExactly((int) IfMatch.NOTHING);
        ConfigChange change = new ConfigChange("a", null, IfMatch.configVersions("W/\"3\""));
        assertThat(change.allowsOver(3)).isFalse();
        assertThat(new ConfigChange("a", " ", Set.of()).comment()).isNull();
    }
}
