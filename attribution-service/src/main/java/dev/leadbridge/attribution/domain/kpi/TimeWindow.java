package dev.leadbridge.attribution.domain.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * The half-open range {@code [from, to)} a report covers, e.g. a cohort of leads by capture time. Half-open so that
 * consecutive windows (this month, next month) count every lead exactly once.
 *
 * @throws IllegalArgumentException if {@code from} is not before {@code to}: the API answers such a range with 400
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
