package dev.leadbridge.sla.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimerRepository implements PanacheRepositoryBase<TimerEntity, UUID> {

    /**
     * Claims up to {@code limit} pending timers due by {@code now}, earliest first, locking them for the current
     * transaction; timers held by a paused clock are not claimable. Rows another transaction holds are skipped rather
     * than waited for, so workers on any number of replicas claim disjoint batches and each timer fires exactly once.
     */
    public Uni<List<TimerEntity>> claimDue(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM sla_timer
                        WHERE fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL AND due_at <= :now
                        ORDER BY due_at LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", TimerEntity.class)
                .setParameter("now", now).setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Holds the clock's pending timers that are not yet due, so none fires while the clock is paused. Each held row is
     * locked and changed in this transaction, so a worker either fired it before (it is no longer pending) or, by the
     * re-check of a locked row's conditions, never claims it after. A timer already due stays claimable: it fell due
     * before the pause.
     */
    public Uni<Integer> hold(UUID clockId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_timer SET paused_at = :at
                        WHERE clock_id = :clock AND fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL
                          AND due_at > :at""")
                .setParameter("at", at).setParameter("clock", clockId).executeUpdate());
    }

    /** The clock's timers held by its pause. */
    public Uni<List<TimerEntity>> held(UUID clockId) {
        return list("clockId = ?1 and pausedAt is not null and firedAt is null and cancelledAt is null", clockId);
    }

    /** Releases a held timer at its rescheduled due instant. */
    public Uni<Integer> release(UUID timerId, Instant dueAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE sla_timer SET paused_at = NULL, due_at = :due
                        WHERE id = :timer AND paused_at IS NOT NULL AND fired_at IS NULL AND cancelled_at IS NULL""")
                .setParameter("due", dueAt).setParameter("timer", timerId).executeUpdate());
    }

    public Uni<Long> countPending() {
        return count("firedAt is null and cancelledAt is null");
    }
}
