package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.SlaClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Each lead's latest SLA clock state. */
@ApplicationScoped
public class LeadSlaClockRepository implements PanacheRepositoryBase<LeadSlaClockEntity, UUID> {

    /**
     * Keeps the announced state unless the row already holds a later one: records of one lead arrive in order on its
     * partition, but a replay after a rebalance may bring an older one back.
     *
     * @return whether the row changed
     */
    public Uni<Boolean> record(SlaClock clock) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO lead_sla_clock (lead_id, clock_id, owner_id, state, due_at, changed_at)
                        VALUES (:lead, :clock, :owner, :state, :due, :changed)
                        ON CONFLICT (lead_id) DO UPDATE SET clock_id = excluded.clock_id,
                            owner_id = excluded.owner_id, state = excluded.state, due_at = excluded.due_at,
                            changed_at = excluded.changed_at
                        WHERE lead_sla_clock.changed_at <= excluded.changed_at""")
                .setParameter("lead", clock.leadId()).setParameter("clock", clock.clockId())
                .setParameter("owner", clock.ownerId()).setParameter("state", clock.state().name())
                .setParameter("due", clock.dueAt()).setParameter("changed", clock.changedAt())
                .executeUpdate())
                .map(rows -> rows > 0);
    }
}
