package dev.leadbridge.sla.domain.time;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch during which an SLA clock stood still, with the reason a manager gave (the contact is travelling, the lead
 * waits for legal). Paused time never counts, whether it fell within business hours or not; pauses may overlap each
 * other, holidays and closed hours without being counted twice.
 * <p>
 * A pause still running has no end yet: while it lasts no timer is due; when it ends (or the clock stops during it),
 * the caller passes it with that end and recomputes the schedule.
 */
public record Pause(Instant from, Instant until, String reason) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a pause ends at or after its start, was " + from + " to " + until);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a pause needs a reason");
        }
    }
}
