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

    /**
     * The lead's open clock, locked until the transaction ends, so pausing, resuming and stopping it happen one after
     * the other; null when none is open.
     */
    public Uni<ClockEntity> lockOpen(UUID leadId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM sla_clock WHERE lead_id = :lead AND state = 'OPEN' FOR UPDATE""",
                        ClockEntity.class)
                .setParameter("lead", leadId).getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The lead's most recent clock, open or not; null for a lead no clock ever ran for. */
    public Uni<ClockEntity> latest(UUID leadId) {
        return find("leadId = ?1 order by startedAt desc, id", leadId).firstResult();
    }

    /** Moves an open clock's warning and due instants, after a pause. */
    public Uni<Integer> reschedule(UUID clockId, Instant warnAt, Instant dueAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_clock SET warn_at = :warn, due_at = :due WHERE id = :clock AND state = 'OPEN'""")
                .setParameter("warn", warnAt).setParameter("due", dueAt).setParameter("clock", clockId)
                .executeUpdate());
    }

    /**
     * Marks the lead's open clock superseded by a new assignment, cancels its pending timers (held ones too) and ends
     * a running pause (with no one resuming it). The clock row is changed first, so this waits for a pause or resume
     * holding it rather than deadlocking with one.
     */
    public Uni<Integer> supersedeOpen(UUID leadId, Instant at) {
        return endOpen(leadId, at, ClockState.SUPERSEDED);
    }

    /** As {@link #supersedeOpen} for a lead that left sales without a decision: its clock ends with no new one. */
    public Uni<Integer> withdrawOpen(UUID leadId, Instant at) {
        return endOpen(leadId, at, ClockState.WITHDRAWN);
    }

    private Uni<Integer> endOpen(UUID leadId, Instant at, ClockState state) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_clock SET state = :state, stopped_at = :at
                        WHERE lead_id = :lead AND state = 'OPEN'""")
                .setParameter("state", state.name()).setParameter("at", at).setParameter("lead", leadId)
                .executeUpdate()
                .call(() -> session.createNativeQuery("""
                                UPDATE sla_timer SET cancelled_at = :at
                                WHERE lead_id = :lead AND fired_at IS NULL AND cancelled_at IS NULL""")
                        .setParameter("at", at).setParameter("lead", leadId).executeUpdate())
                .call(() -> session.createNativeQuery("""
                                UPDATE sla_clock_pause SET resumed_at = GREATEST(paused_at, :at)
                                WHERE lead_id = :lead AND resumed_at IS NULL""")
                        .setParameter("at", at).setParameter("lead", leadId).executeUpdate()));
    }

    /**
     * Stops an open clock with the owner's decision, cancels its pending timers (held ones too) and ends a running
     * pause (with no one resuming it); 0 when it was not open.
     */
    public Uni<Integer> stop(UUID clockId, SlaOutcome outcome, Instant stoppedAt, Duration elapsedBusiness,
                             Duration elapsedWall, boolean breached) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_timer SET cancelled_at = :at
                        WHERE clock_id = :clock AND fired_at IS NULL AND cancelled_at IS NULL""")
                .setParameter("at", stoppedAt).setParameter("clock", clockId).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                UPDATE sla_clock_pause SET resumed_at = GREATEST(paused_at, :at)
                                WHERE clock_id = :clock AND resumed_at IS NULL""")
                        .setParameter("at", stoppedAt).setParameter("clock", clockId).executeUpdate())
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
