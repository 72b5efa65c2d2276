package dev.leadbridge.attribution.domain;

import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.events.payload.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

/** Readable building blocks for journeys in tests: touches numbered 1.., times as days after a fixed start. */
public final class Fixtures {

    public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    public static final Currency USD = Currency.getInstance("USD");

    private Fixtures() {
    }

    /** {@code days} after {@link #START}. */
    public static Instant day(long days) {
        return START.plus(Duration.ofDays(days));
    }

    /** A stable id for touch number {@code number}, so expected orders and ties are easy to state. */
    public static UUID touchId(int number) {
        return new UUID(0, number);
    }

    public static Touch touch(int number, Instant at, Channel channel, Milestone... marks) {
        return new Touch(touchId(number), at, channel, "campaign-" + number, Set.of(marks));
    }
}
