package dev.leadbridge.qualification.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead of a rep's inbox with its SLA clock, when one runs (or is paused) against that rep.
 *
 * @param slaClock null when no clock runs for the lead's current owner: it was accepted, or the SLA monitor has not
 *                 announced the new owner's clock yet
 */
public record InboxLine(LeadEntity lead, LeadSlaClockEntity slaClock) {

    /** When the first response is due; null without a running clock. */
    public Instant slaDueAt() {
        return slaClock == null ? null : slaClock.dueAt;
    }

    /** Where this line stands in the inbox's order, for the next page to start after. */
    public Position position() {
        return new Position(slaDueAt() == null ? Position.NO_DUE_TIME : slaDueAt(),
                lead.assignedAt == null ? Instant.EPOCH : lead.assignedAt, lead.id);
    }

    /**
     * A place in the inbox's order: SLA due time (soonest first, leads without a running clock last), then assignment
     * time (leads never assigned, which a rep logged themselves, first), then lead id.
     */
    public record Position(Instant slaDueAt, Instant assignedAt, UUID leadId) {

        /** Sorts leads without a running clock after every due time. */
        public static final Instant NO_DUE_TIME = Instant.parse("9999-12-31T00:00:00Z");

        /** Before every lead: PostgreSQL orders UUIDs as unsigned bytes, so the smallest is all zeros. */
        public static final Position START = new Position(Instant.EPOCH, Instant.EPOCH, new UUID(0, 0));
    }
}
