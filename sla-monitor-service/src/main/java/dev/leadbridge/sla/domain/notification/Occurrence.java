package dev.leadbridge.sla.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a lead that someone may have to act on, from exactly one event: its id is the event's
 * {@code ce_id}, so the same event delivered twice is the same occurrence and is told once.
 *
 * @param ownerId the rep who owns the lead at that moment (absent for a lead no rep owns)
 * @param teamId  the team the lead is routed to (absent before routing)
 * @param summary one line a person understands without opening anything ("Lead … is due in 30 minutes")
 */
public record Occurrence(UUID eventId, NotificationTrigger trigger, UUID leadId, String ownerId, String teamId,
                         Instant at, String summary) {

    public Occurrence {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
    }
}
