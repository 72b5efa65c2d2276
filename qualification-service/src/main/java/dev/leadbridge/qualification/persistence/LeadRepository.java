package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.platform.locking.TransactionLocks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Leads, and the batches the background sweeps work through. Each sweep claims its batch with {@code FOR UPDATE SKIP
 * LOCKED}: replicas take disjoint batches, and a lead a rep or a consumer is changing right now is left for the next
 * sweep instead of being waited for.
 */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<LeadEntity, UUID> {

    /** The lead an anonymous visitor turned out to be, if one was captured with that visitor id. */
    public Uni<LeadEntity> findByVisitor(String visitorId) {
        return find("visitorId = ?1 order by capturedAt", visitorId).firstResult();
    }

    /**
     * Serialises, until the transaction ends, everything that changes one lead, also before the lead exists here.
     * A lead's capture and its first touchpoints arrive on different topics and are handled at the same time; without
     * this each transaction would miss the other's uncommitted rows (the capture scoring without the touchpoint, the
     * touchpoint finding no lead), and a demo request would never make the lead an MQL.
     */
    public Uni<Void> lockLead(UUID leadId) {
        return TransactionLocks.lock(leadId.toString());
    }

    /** Open leads scored under a model older than {@code version}; the model refresh re-scores them. */
    public Uni<List<LeadEntity>> claimScoredBefore(int version, int limit) {
        return claim("""
                SELECT * FROM lead
                WHERE stage IN ('SCORED', 'MQL', 'ASSIGNED', 'ACCEPTED', 'RECYCLED') AND score_model_version < :version
                  AND erased_at IS NULL
                ORDER BY id LIMIT :limit
                FOR UPDATE SKIP LOCKED""", "version", version, limit);
    }

    /**
     * Leads marketing still owns whose score was last evaluated at or before {@code checkedBefore}; the decay sweep
     * re-scores them so a quiet lead drifts down without new events.
     */
    public Uni<List<LeadEntity>> claimCheckedBefore(Instant checkedBefore, int limit) {
        return claim("""
                SELECT * FROM lead
                WHERE stage IN ('SCORED', 'MQL', 'RECYCLED') AND score_checked_at <= :checkedBefore
                  AND erased_at IS NULL
                ORDER BY score_checked_at LIMIT :limit
                FOR UPDATE SKIP LOCKED""", "checkedBefore", checkedBefore, limit);
    }

    /**
     * Queued MQLs after the given position, oldest first; the queue sweep pages through them once per run, so leads
     * that stay queued are not offered twice in one run.
     */
    public Uni<List<LeadEntity>> claimQueuedAfter(Instant assignedAt, UUID id, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM lead
                        WHERE stage = 'MQL' AND owner_id IS NULL AND routing_requested_at IS NULL
                          AND (assigned_at, id) > (:assignedAt, :id)
                        ORDER BY assigned_at, id LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", LeadEntity.class)
                .setParameter("assignedAt", assignedAt).setParameter("id", id).setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Leads waiting for routing, oldest request first. Whoever claims them also holds each row until the transaction
     * ends; the claimed leads may have moved on since they asked (a rep took one by hand), so check their stage.
     */
    public Uni<List<LeadEntity>> claimRoutingRequested(int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM lead WHERE routing_requested_at IS NOT NULL
                        ORDER BY routing_requested_at, id LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", LeadEntity.class)
                .setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Of the given leads, those whose {@link #lockLead lead lock} this transaction could take without waiting. A lead
     * someone else holds is being changed from a version this transaction must not overwrite; leave it for later.
     */
    public Uni<List<UUID>> tryLockLeads(List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT lead FROM unnest(string_to_array(:leads, ',')) AS lead
                        WHERE pg_try_advisory_xact_lock(hashtextextended(lead, 0))""", String.class)
                .setParameter("leads", leadIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList())
                .map(locked -> locked.stream().map(UUID::fromString).toList());
    }

    private Uni<List<LeadEntity>> claim(String sql, String name, Object value, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, LeadEntity.class)
                .setParameter(name, value).setParameter("limit", limit)
                .getResultList());
    }

    /**
     * A page of a rep's leads in the inbox's order ({@link InboxLine.Position}) after the given position. A clock
     * counts only while it runs, or is paused, against the lead's current owner: the previous owner's clock of a lead
     * just reassigned says nothing about when the new owner must respond.
     *
     * @param stage null for every stage
     */
    public Uni<List<InboxLine>> inbox(String ownerId, LifecycleStage stage, InboxLine.Position after, int limit) {
        String inStage = stage == null ? "" : " and l.stage = :stage";
        String due = "coalesce(c.dueAt, :noDueTime)";
        String assigned = "coalesce(l.assignedAt, :epoch)";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery("select l, c from LeadEntity l"
                            + " left join LeadSlaClockEntity c"
                            + " on c.leadId = l.id and c.ownerId = l.ownerId and c.state <> :ended"
                            + " where l.ownerId = :owner" + inStage
                            + " and (" + due + " > :due or (" + due + " = :due and (" + assigned + " > :at"
                            + " or (" + assigned + " = :at and l.id > :id))))"
                            + " order by " + due + ", " + assigned + ", l.id", Object[].class)
                    .setParameter("owner", ownerId).setParameter("ended", SlaClockState.ENDED)
                    .setParameter("noDueTime", InboxLine.Position.NO_DUE_TIME).setParameter("epoch", Instant.EPOCH)
                    .setParameter("due", after.slaDueAt()).setParameter("at", after.assignedAt())
                    .setParameter("id", after.leadId())
                    .setMaxResults(limit);
            return (stage == null ? query : query.setParameter("stage", stage)).getResultList();
        }).map(rows -> rows.stream()
                .map(row -> new InboxLine((LeadEntity) row[0], (LeadSlaClockEntity) row[1])).toList());
    }

    /** The MQLs waiting in a team's queue for a rep (no owner yet), the longest waiting first. */
    public Uni<List<LeadEntity>> queuedIn(String teamId, int limit) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("from LeadEntity l"
                        + " where l.teamId = :team and l.stage = :mql and l.ownerId is null"
                        + " order by l.capturedAt, l.id", LeadEntity.class)
                .setParameter("team", teamId).setParameter("mql", LifecycleStage.MQL)
                .setMaxResults(limit).getResultList());
    }
}
