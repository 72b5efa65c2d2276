package dev.leadbridge.sla.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, each wait {@code factor} times the one before, never
 * longer than {@code maxDelay}; after {@code maxAttempts} attempts it is given up (dead-lettered) instead. A speed-to-lead
 * alert loses its point within the hour, so the default gives up after about 20 minutes.
 */
public record RetrySchedule(Duration firstDelay, double factor, Duration maxDelay, int maxAttempts) {

    /** 10 s, 30 s, 90 s, 4.5 min, 13.5 min: six attempts within about 20 minutes. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(10), 3.0, Duration.ofMinutes(15),
            6);

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || factor < 1.0 || maxDelay.compareTo(firstDelay) < 0
                || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule waits a positive, non-shrinking time and tries at "
                    + "least once");
        }
    }

    /**
     * When to try again after the {@code attemptsMade}-th attempt failed at {@code failedAt}; empty when that was the
     * last attempt and the delivery is to be dead-lettered.
     */
    public Optional<Instant> nextAttemptAfter(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, attemptsMade - 1));
        long wait = (long) Math.min(millis, maxDelay.toMillis());
        return Optional.of(failedAt.plusMillis(wait));
    }
}
