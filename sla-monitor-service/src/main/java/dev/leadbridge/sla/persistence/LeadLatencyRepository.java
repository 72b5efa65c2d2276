package dev.leadbridge.sla.persistence;

import dev.leadbridge.events.payload.Channel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The two ends of each lead's system latency, capture and first assignment. They arrive on different topics in either
 * order, and each may be redelivered: every write is an upsert that keeps the earliest instant, so any order and any
 * number of deliveries end in the same row.
 */
@ApplicationScoped
public class LeadLatencyRepository implements PanacheRepositoryBase<LeadLatencyEntity, UUID> {

    public Uni<Integer> recordCapture(UUID leadId, Instant capturedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO sla_lead_latency (lead_id, captured_at) VALUES (:lead, :at)
                        ON CONFLICT (lead_id) DO UPDATE SET captured_at = excluded.captured_at
                        WHERE sla_lead_latency.captured_at IS NULL
                           OR excluded.captured_at < sla_lead_latency.captured_at""")
                .setParameter("lead", leadId).setParameter("at", capturedAt)
                .executeUpdate());
    }

    /** Records an assignment; only the lead's first one (the earliest) counts, with its owner, team and channel. */
    public Uni<Integer> recordAssignment(UUID leadId, Instant assignedAt, String ownerId, String teamId,
                                         Channel channel) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO sla_lead_latency (lead_id, assigned_at, owner_id, team_id, channel)
                        VALUES (:lead, :at, :owner, :team, :channel)
                        ON CONFLICT (lead_id) DO UPDATE SET assigned_at = excluded.assigned_at,
                            owner_id = excluded.owner_id, team_id = excluded.team_id, channel = excluded.channel
                        WHERE sla_lead_latency.assigned_at IS NULL
                           OR excluded.assigned_at < sla_lead_latency.assigned_at""")
                .setParameter("lead", leadId).setParameter("at", assignedAt)
                .setParameter("owner", ownerId).setParameter("team", teamId)
                .setParameter("channel", channel.name())
                .executeUpdate());
    }
}
