package dev.leadbridge.attribution.domain.goal;

import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The time a goal covers: a week, month or quarter from a start date, in UTC, so every reader and every replica
 * agrees where it begins and ends.
 */
public record GoalPeriod(Cadence cadence, LocalDate start) {

    public enum Cadence {
        WEEK, MONTH, QUARTER;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Cadence> fromWire(String wire) {
            return Arrays.stream(values()).filter(cadence -> cadence.wire().equals(wire)).findFirst();
        }
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (cadence) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    /** {@code [start, end)} as instants at midnight UTC. */
    public TimeWindow window() {
        return new TimeWindow(start.atStartOfDay().toInstant(ZoneOffset.UTC),
                end().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
