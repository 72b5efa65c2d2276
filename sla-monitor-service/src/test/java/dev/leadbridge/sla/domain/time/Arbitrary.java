package dev.leadbridge.sla.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Random but reproducible cases for the property tests: one seed always yields the same calendars, instants and
 * durations, so a failing case is rerun by its seed. Zones are picked for their DST rules: 30-minute changes (Lord
 * Howe), changes at midnight (Santiago), none at all (Kolkata, UTC).
 */
final class Arbitrary {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("UTC"));

    private static final int QUARTERS_PER_DAY = 96;
    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-12-31T00:00:00Z");

    private final Random random;

    Arbitrary(long seed) {
        this.random = new Random(seed);
    }

    /** A calendar with up to three windows a day anywhere in the day, midnight and DST hours included. */
    BusinessCalendar calendar() {
        return calendar(0, true);
    }

    /**
     * A calendar whose windows start at or after {@code earliestQuarter} quarter-hours past midnight and fall on a
     * quarter-hour grid; holidays are optional.
     */
    BusinessCalendar calendar(int earliestQuarter, boolean withHolidays) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        while (week.isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                List<TimeWindow> windows = windows(earliestQuarter, random.nextInt(4));
                if (!windows.isEmpty()) {
                    week.put(day, windows);
                }
            }
        }
        List<Holiday> holidays = withHolidays ? holidays() : List.of();
        return new BusinessCalendar("random", ZONES.get(random.nextInt(ZONES.size())), week, holidays);
    }

    /** An instant in 2025 or 2026, to the second. */
    Instant instant() {
        long span = Duration.between(EARLIEST, LATEST).toSeconds();
        return EARLIEST.plusSeconds((long) (random.nextDouble() * span));
    }

    /** An instant in 2025 or 2026, to the minute. */
    Instant minute() {
        long seconds = instant().getEpochSecond();
        return Instant.ofEpochSecond(seconds - seconds % 60);
    }

    /** Mostly hours, sometimes weeks, sometimes years of business time; zero now and then. */
    Duration duration() {
        return switch (random.nextInt(8)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofSeconds(random.nextInt(60 * 60 * 24 * 7 * 60));
            case 2 -> Duration.ofMinutes(random.nextInt(60 * 24 * 7 * 8));
            default -> Duration.ofSeconds(random.nextInt(60 * 60 * 30));
        };
    }

    /** Up to three disjoint pauses, in order, within a few weeks after {@code from}. */
    List<Pause> pauses(Instant from) {
        List<Pause> pauses = new ArrayList<>();
        Instant next = from.minus(Duration.ofHours(random.nextInt(48)));
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant start = next.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 5)));
            Instant end = start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
            pauses.add(new Pause(start, end, "generated"));
            next = end;
        }
        return pauses;
    }

    private List<TimeWindow> windows(int earliestQuarter, int count) {
        List<Integer> quarters = IntStream.rangeClosed(earliestQuarter, QUARTERS_PER_DAY).boxed()
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(quarters, random);
        List<Integer> bounds = quarters.subList(0, 2 * count).stream().sorted().toList();
        List<TimeWindow> windows = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i += 2) {
            windows.add(new TimeWindow(quarter(bounds.get(i)), quarter(bounds.get(i + 1))));
        }
        return windows;
    }

    private List<Holiday> holidays() {
        List<Holiday> holidays = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = random.nextInt(12); i > 0; i--) {
            LocalDate date = first.plusDays(random.nextInt(730));
            holidays.add(random.nextBoolean() ? Holiday.wholeDay(date, "generated")
                    : new Holiday(date, "generated", windows(0, 1 + random.nextInt(2))));
        }
        return holidays;
    }

    private static LocalTime quarter(int quarter) {
        return quarter == QUARTERS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(quarter * 15L * 60);
    }
}
