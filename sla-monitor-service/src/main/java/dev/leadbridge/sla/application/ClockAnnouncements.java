package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.sla.persistence.ClockEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Tells {@code sla.clocks} where a lead's clock stands whenever it starts, pauses, resumes or ends, through the outbox
 * in the caller's transaction, so the announcement and the change commit together. Qualification sorts the rep's
 * inbox by the due time it reads there.
 */
@ApplicationScoped
class ClockAnnouncements {

    private final Outbox outbox;

    ClockAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The clock as its row says, in the given state since {@code at}. */
    Uni<Void> announce(ClockEntity clock, SlaClockState state, Instant at) {
        return announce(clock, state, clock.warnAt, clock.dueAt, at);
    }

    /** As {@link #announce(ClockEntity, SlaClockState, Instant)} with instants the row does not show yet. */
    Uni<Void> announce(ClockEntity clock, SlaClockState state, Instant warnAt, Instant dueAt, Instant at) {
        SlaClock payload = new SlaClock(clock.leadId, clock.id, clock.policyId, clock.ownerId, clock.teamId, state,
                clock.startedAt, warnAt, dueAt, at, clock.policyVersion);
        return outbox.enqueue(EventType.SLA_CLOCK, clock.leadId, payload).replaceWithVoid();
    }
}
