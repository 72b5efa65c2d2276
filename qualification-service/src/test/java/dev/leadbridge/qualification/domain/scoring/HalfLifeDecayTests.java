package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalfLifeDecayTests {

    private static final int TRIALS = 2_000;

    @Test
    void isUndecayedAtAgeZero() {
        assertThat(HalfLifeDecay.decayed(40, Duration.ZERO, Duration.ofDays(30))).isEqualTo(40.0);
    }

    @Test
    void halvesAtOneHalfLifeAndQuartersAtTwo() {
        Duration halfLife = Duration.ofDays(14);

        assertThat(HalfLifeDecay.decayed(40, halfLife, halfLife)).isEqualTo(20.0);
        assertThat(HalfLifeDecay.decayed(40, halfLife.multipliedBy(2), halfLife)).isEqualTo(10.0);
        assertThat(HalfLifeDecay.decayed(3, halfLife, halfLife)).isEqualTo(1.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 12345})
    void isExactlyPointsTimesHalfToTheNAtWholeHalfLives(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            int points = random.nextInt(1, 1001);
            Duration halfLife = Duration.ofMillis(random.nextLong(Duration.ofHours(1).toMillis(),
                    Duration.ofDays(365).toMillis()));
            int n = random.nextInt(0, 41);

            double decayed = HalfLifeDecay.decayed(points, halfLife.multipliedBy(n), halfLife);

            assertThat(decayed).as("%d points after %d half-lives of %s", points, n, halfLife)
                    .isEqualTo(points * Math.pow(0.5, n))
                    .isEqualTo(Math.scalb((double) points, -n));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 99, 2024})
    void neverGrowsWithAge(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            int points = random.nextInt(1, 1001);
            Duration halfLife = Duration.ofMinutes(random.nextLong(60, 60L * 24 * 365));
            Duration younger = Duration.ofSeconds(random.nextLong(0, Duration.ofDays(3 * 365).toSeconds()));
            Duration older = younger.plusMillis(random.nextLong(0, Duration.ofDays(60).toMillis()));

            assertThat(HalfLifeDecay.decayed(points, older, halfLife))
                    .as("%d points, half-life %s, %s vs %s", points, halfLife, younger, older)
                    .isLessThanOrEqualTo(HalfLifeDecay.decayed(points, younger, halfLife));
        }
    }

    @Test
    void rejectsANegativeAge() {
        assertThatThrownBy(() -> HalfLifeDecay.decayed(10, Duration.ofSeconds(-1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age must not be negative");
    }
}
