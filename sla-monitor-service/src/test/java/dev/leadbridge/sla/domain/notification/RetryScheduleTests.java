package dev.leadbridge.sla.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private static final Instant FAILED = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void eachWaitIsTheFactorLongerUntilTheCeilingAndTheLastAttemptDeadLetters() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 3.0, Duration.ofMinutes(2), 5);
        assertThat(schedule.nextAttemptAfter(1, FAILED)).contains(FAILED.plusSeconds(10));
        assertThat(schedule.nextAttemptAfter(2, FAILED)).contains(FAILED.plusSeconds(30));
        assertThat(schedule.nextAttemptAfter(3, FAILED)).contains(FAILED.plusSeconds(90));
        assertThat(schedule.nextAttemptAfter(4, FAILED)).as("capped").contains(FAILED.plusSeconds(120));
        assertThat(schedule.nextAttemptAfter(5, FAILED)).as("the fifth was the last").isEmpty();
    }

    @Test
    void theDefaultGivesUpWithinTwentyOneMinutesOfTheFirstFailure() {
        Instant at = FAILED;
        int attempts = 1;
        for (var next = RetrySchedule.DEFAULT.nextAttemptAfter(attempts, at); next.isPresent();
             next = RetrySchedule.DEFAULT.nextAttemptAfter(++attempts, at)) {
            at = next.get();
        }
        assertThat(attempts).isEqualTo(6);
        assertThat(Duration.between(FAILED, at)).isEqualTo(Duration.ofSeconds(10 + 30 + 90 + 270 + 810));
    }

    @Test
    void aScheduleThatNeverWaitsOrNeverTriesIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, 2, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
