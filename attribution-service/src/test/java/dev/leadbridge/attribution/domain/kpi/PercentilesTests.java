package dev.leadbridge.attribution.domain.kpi;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The nearest-rank examples of the Wikipedia article "Percentile" (section "The nearest-rank method"). */
class PercentilesTests {

    @Test
    void matchesTheFiveValueExample() {
        long[] values = {15, 20, 35, 40, 50};

        assertThat(Percentiles.nearestRank(values, 5)).isEqualTo(15);
        assertThat(Percentiles.nearestRank(values, 30)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(values, 40)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(35);
        assertThat(Percentiles.nearestRank(values, 100)).isEqualTo(50);
    }

    @Test
    void matchesTheTenValueExample() {
        long[] values = {3, 6, 7, 8, 8, 10, 13, 15, 16, 20};

        assertThat(Percentiles.nearestRank(values, 25)).isEqualTo(7);
        assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(8);
        assertThat(Percentiles.nearestRank(values, 75)).isEqualTo(15);
        assertThat(Percentiles.nearestRank(values, 100)).isEqualTo(20);
    }

    @Test
    void theZerothPercentileIsTheMinimum() {
        assertThat(Percentiles.nearestRank(new long[] {4, 9}, 0)).isEqualTo(4);
    }

    @Test
    void refusesWhatHasNoPercentile() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationStatsTakeTheLowerMiddleForAnEvenCount() {
        DurationStats stats = DurationStats.ofMillis(new long[] {4_000, 1_000, 3_000, 2_000});

        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.median()).isEqualTo(Duration.ofSeconds(2));
        assertThat(stats.p90()).isEqualTo(Duration.ofSeconds(4));
        assertThat(DurationStats.ofMillis(new long[0]).isEmpty()).isTrue();
    }
}
