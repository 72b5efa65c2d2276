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
     * transaction. Rows another transaction holds are skipped rather than waited for, so workers on any number of
     * replicas claim disjoint batches and each timer fires exactly once.
     */
    public Uni<List<TimerEntity>> claimDue(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM sla_timer
                        WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= :now
                        ORDER BY due_at LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", TimerEntity.class)
                .setParameter("now", now).setParameter("limit", limit)
                .getResultList());
    }

    public Uni<Long> countPending() {
        return count("firedAt is null and cancelledAt is null");
    }
}
