package dev.leadbridge.sla.persistence;

import dev.leadbridge.events.payload.SlaOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Acceptance clocks. State changes are targeted updates guarded by the state they expect, so concurrent writers
 * (the lifecycle consumer, timer workers on any replica) only ever change the columns they own.
 */
@ApplicationScoped
public class ClockRepository implements PanacheRepositoryBase<ClockEntity, UUID> {

    public Uni<ClockEntity> findOpen(UUID leadId) {
        return find("leadId = ?1 and state = ?2", leadId, ClockState.OPEN).firstResult();
    }

    /** Marks the lead's open clock superseded by a new assignment and cancels its pending timers. */
    public Uni<Integer> supersedeOpen(UUID leadId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_timer SET cancelled_at = :at
                        WHERE lead_id = :lead AND fired_at IS NULL AND cancelled_at IS NULL""")
                .setParameter("at", at).setParameter("lead", leadId).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                UPDATE sla_clock SET state = 'SUPERSEDED', stopped_at = :at
                                WHERE lead_id = :lead AND state = 'OPEN'""")
                        .setParameter("at", at).setParameter("lead", leadId).executeUpdate()));
    }

    /** Stops an open clock with the owner's decision and cancels its pending timers; 0 when it was not open. */
    public Uni<Integer> stop(UUID clockId, SlaOutcome outcome, Instant stoppedAt, Duration elapsedBusiness,
                             Duration elapsedWall, boolean breached) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_timer SET cancelled_at = :at
                        WHERE clock_id = :clock AND fired_at IS NULL AND cancelled_at IS NULL""")
                .setParameter("at", stoppedAt).setParameter("clock", clockId).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                UPDATE sla_clock SET state = 'STOPPED', stopped_at = :at, outcome = :outcome,
                                    elapsed_business_seconds = :business, elapsed_wall_seconds = :wall,
                                    breached = :breached
                                WHERE id = :clock AND state = 'OPEN'""")
                        .setParameter("at", stoppedAt).setParameter("outcome", outcome.name())
                        .setParameter("business", elapsedBusiness.toSeconds())
                        .setParameter("wall", elapsedWall.toSeconds())
                        .setParameter("breached", breached).setParameter("clock", clockId).executeUpdate()));
    }

    /** Records that the clock's breach timer fired, and how late. */
    public Uni<Integer> recordBreach(UUID clockId, Instant firedAt, Duration lateness) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_clock SET breach_fired_at = :at, lateness_seconds = :lateness
                        WHERE id = :clock AND breach_fired_at IS NULL""")
                .setParameter("at", firedAt).setParameter("lateness", lateness.toSeconds())
                .setParameter("clock", clockId).executeUpdate());
    }
}
