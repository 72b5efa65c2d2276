package dev.leadbridge.qualification.domain.scoring;

import java.time.Duration;

/**
 * Exponential decay by half-life: {@code points × 0.5^(age / halfLife)}.
 * <p>
 * Ages and half-lives are taken in whole milliseconds, whose ratio is exact in a double, and the power is
 * {@link StrictMath#pow}, which gives the same bits on every JVM: replicas re-scoring the same lead agree, and whole
 * numbers of half-lives give exactly {@code points / 2^n}.
 */
final class HalfLifeDecay {

    private HalfLifeDecay() {
    }

    /** How many half-lives {@code age} spans. */
    static double halfLives(Duration age, Duration halfLife) {
        if (age.isNegative()) {
            throw new IllegalArgumentException("age must not be negative, was " + age);
        }
        return (double) age.toMillis() / halfLife.toMillis();
    }

    /** The points left after {@code age}, not yet rounded. */
    static double decayed(int points, Duration age, Duration halfLife) {
        return points * StrictMath.pow(0.5, halfLives(age, halfLife));
    }
}
