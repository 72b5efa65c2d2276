package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoDecimalsTests {

    private static final int TRIALS = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 0.005, 0.015, 0.125, 0.375, 1.005, 2.675, 1.115, 0.5, 0.995, 9.995, 99.995,
        0.29, 1e-9, 0.004999999999999999, 123_456.785, 999_999.995, 1e6, 1e7 + 0.125, 4.35, 1.0 / 3,
        Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, -1.25})
    void writesWhatPercentPointTwoFWrites(double value) {
        assertThat(TwoDecimals.format(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Test
    void agreesWithStringFormatOnRandomNumbers() {
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < TRIALS; trial++) {
            double value = switch (trial % 4) {
                case 0 -> random.nextDouble() * 1000;
                case 1 -> random.nextDouble() * 2_000_000;
                // ties and their neighbours: k / 200 and the doubles either side
                case 2 -> Math.nextAfter(random.nextInt(2_000_000) / 200.0, random.nextInt(3) - 1.0);
                default -> random.nextInt(100_000) / 1000.0;
            };
            assertThat(TwoDecimals.format(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }

    @Test
    void agreesWithStringFormatOnDecayedPointsAndHalfLives() {
        SplittableRandom random = new SplittableRandom(25);
        for (int trial = 0; trial < TRIALS; trial++) {
            Duration age = Duration.ofMillis(random.nextLong(Duration.ofDays(400).toMillis()));
            Duration halfLife = Duration.ofHours(1 + random.nextInt(24 * 90));
            int points = 1 + random.nextInt(1000);
            for (double value : new double[] {HalfLifeDecay.halfLives(age, halfLife),
                HalfLifeDecay.decayed(points, age, halfLife)}) {
                assertThat(TwoDecimals.format(value)).as("%s", value)
                        .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
            }
        }
    }
}
