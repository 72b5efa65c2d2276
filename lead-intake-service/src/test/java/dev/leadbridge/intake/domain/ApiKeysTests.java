package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTests {

    private final ApiKeys apiKeys = new ApiKeys("a-pepper-long-enough");

    @Test
    void generatedKeysHaveThePublishedShapeAndDiffer() {
        String one = apiKeys.generate();
        String two = apiKeys.generate();
        assertThat(one).matches("lbk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}").isNotEqualTo(two);
        assertThat(ApiKeys.prefixOf(one)).contains(one.substring(4, 12));
    }

    @Test
    void hashMatchesOnlyTheSameKeyAndPepper() {
        String key = apiKeys.generate();
        String hash = apiKeys.hash(key);
        assertThat(ApiKeys.hashesMatch(apiKeys.hash(key), hash)).isTrue();
        assertThat(ApiKeys.hashesMatch(apiKeys.hash(apiKeys.generate()), hash)).isFalse();
        assertThat(ApiKeys.hashesMatch(new ApiKeys("another-pepper-value").hash(key), hash)).isFalse();
        assertThat(hash).doesNotContain(key.substring(13));
    }

    @Test
    void malformedKeysHaveNoPrefix() {
        assertThat(ApiKeys.prefixOf("lbk_short_x")).isEmpty();
        assertThat(ApiKeys.prefixOf(null)).isEmpty();
        assertThat(ApiKeys.prefixOf("' OR 1=1 --")).isEmpty();
    }

    @Test
    void shortPepperIsRefused() {
        assertThatThrownBy(() -> new ApiKeys("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
