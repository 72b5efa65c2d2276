package dev.leadbridge.sla.domain.clock;

import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stretch of time in both measures SLA reports carry: business time by a calendar, and wall time. Paused time counts
 * in neither; a stretch that ends at or before its start is zero in both.
 */
public record Elapsed(Duration business, Duration wall) {

    /** The time from {@code from} to {@code to}, business time on {@code businessTime}'s calendar. */
    public static Elapsed between(BusinessTime businessTime, Instant from, Instant to, List<Pause> pauses) {
        return new Elapsed(businessTime.between(from, to, pauses), BusinessTime.WALL.between(from, to, pauses));
    }
}
