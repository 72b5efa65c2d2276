package dev.leadbridge.attribution.domain;

import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.events.payload.Channel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.LongStream;

/**
 * Random journeys for property tests, driven by a seed so any failing case is reproduced by its seed alone. The
 * generator leans towards the awkward cases: equal timestamps (rounding ties), touches after the close, a lead created
 * before any touch, missing milestones, explicit marks, and amounts large enough to need 128-bit arithmetic.
 */
public final class RandomJourneys {

    /** The seeds every property runs over; a few hundred cases per property keep the suite fast. */
    public static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    private static final Channel[] CHANNELS = Channel.values();
    private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "BHD"};

    private final SplittableRandom random;

    public RandomJourneys(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public SplittableRandom random() {
        return random;
    }

    /** A won journey with an amount and at least one touch at or before its close. */
    public Journey wonJourney() {
        return journey(random.nextInt(1, 13), true);
    }

    /** A journey of any outcome: won, lost or still open; possibly without touches. */
    public Journey anyJourney() {
        return switch (random.nextInt(3)) {
            case 0 -> wonJourney();
            case 1 -> journey(random.nextInt(0, 8), false);
            default -> openJourney(random.nextInt(0, 8));
        };
    }

    /** A random amount: usually an ordinary deal, sometimes zero, sometimes far beyond any real deal. */
    public BigDecimal amount(Currency currency) {
        long minorUnits = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> random.nextLong(1, Long.MAX_VALUE / 4);
            case 2 -> random.nextLong(1, 100);
            default -> random.nextLong(1, 100_000_000_00L);
        };
        return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()));
    }

    private Journey journey(int touchCount, boolean won) {
        List<Touch> touches = touches(touchCount);
        Instant lastTouch = touches.stream().map(Touch::occurredAt).max(Instant::compareTo).orElse(Fixtures.START);
        Journey.Builder builder = Journey.builder(new UUID(random.nextLong(), random.nextLong())).touches(touches);
        addMilestones(builder, lastTouch);
        Instant closedAt = closeTime(touches, lastTouch);
        if (won) {
            Currency currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
            builder.closed(Close.won(closedAt, amount(currency), currency));
        } else {
            builder.closed(Close.lost(closedAt));
        }
        return builder.build();
    }

    private Journey openJourney(int touchCount) {
        List<Touch> touches = touches(touchCount);
        Journey.Builder builder = Journey.builder(new UUID(random.nextLong(), random.nextLong())).touches(touches);
        addMilestones(builder, Fixtures.day(90));
        return builder.build();
    }

    /** Touch times on a coarse grid of hours, so equal timestamps happen often. */
    private List<Touch> touches(int count) {
        List<Touch> touches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = Fixtures.START.plus(Duration.ofHours(random.nextInt(0, 24 * 60) / 6 * 6L));
            touches.add(new Touch(new UUID(random.nextLong(), random.nextLong()), at,
                    CHANNELS[random.nextInt(CHANNELS.length)], "campaign-" + random.nextInt(6), marks()));
        }
        return touches;
    }

    private Set<Milestone> marks() {
        if (random.nextInt(8) != 0) {
            return Set.of();
        }
        Milestone[] markable = {Milestone.LEAD_CREATION, Milestone.OPPORTUNITY_CREATION, Milestone.CLOSE};
        return Set.of(markable[random.nextInt(markable.length)]);
    }

    private void addMilestones(Journey.Builder builder, Instant lastTouch) {
        Instant leadCreated = between(Fixtures.START.minus(Duration.ofDays(2)), lastTouch);
        builder.reached(Milestone.LEAD_CREATION, leadCreated);
        if (random.nextBoolean()) {
            builder.reached(Milestone.OPPORTUNITY_CREATION, between(leadCreated, lastTouch));
        }
    }

    /** Usually after the last touch, sometimes before some touches so they fall outside the deal. */
    private Instant closeTime(List<Touch> touches, Instant lastTouch) {
        if (touches.size() > 1 && random.nextInt(4) == 0) {
            Instant earliest = touches.stream().map(Touch::occurredAt).min(Instant::compareTo).orElseThrow();
            return between(earliest, lastTouch);
        }
        return lastTouch.plus(Duration.ofHours(random.nextInt(0, 24 * 30)));
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMinutes());
        return from.plus(Duration.ofMinutes(random.nextLong(0, span + 1)));
    }
}
