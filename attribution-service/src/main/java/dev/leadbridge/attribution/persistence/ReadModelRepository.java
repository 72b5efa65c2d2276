package dev.leadbridge.attribution.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The read model's rows: written by the consumers inside the inbox transaction, read whole by the reports. */
@ApplicationScoped
public class ReadModelRepository {

    public Uni<LeadEntity> findLead(UUID id) {
        return Panache.getSession().chain(session -> session.find(LeadEntity.class, id));
    }

    public Uni<TouchpointEntity> findTouchpoint(UUID id) {
        return Panache.getSession().chain(session -> session.find(TouchpointEntity.class, id));
    }

    public Uni<LeadOwnerEntity> findOwner(UUID leadId) {
        return Panache.getSession().chain(session -> session.find(LeadOwnerEntity.class, leadId));
    }

    public Uni<SlaClockEntity> findSlaClock(UUID timerId) {
        return Panache.getSession().chain(session -> session.find(SlaClockEntity.class, timerId));
    }

    /**
     * The erased lead a touchpoint belongs to: the one it names, or the one whose erased visitor has this
     * fingerprint; null when its person was not erased.
     */
    public Uni<UUID> findErasedLead(UUID leadId, String visitorFingerprint) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select id from LeadEntity where erasedAt is not null"
                                + " and (id = :leadId or erasedVisitor = :fingerprint)", UUID.class)
                .setParameter("leadId", leadId).setParameter("fingerprint", visitorFingerprint)
                .setMaxResults(1).getSingleResultOrNull());
    }

    /**
     * Joins the visitor's touchpoints not yet stitched to the lead, then drops the visitor id from all of the lead's
     * touchpoints: the journey stays as the read model assembled it, without the browser's id.
     */
    public Uni<Void> forgetVisitor(UUID leadId, String visitorId) {
        return Panache.getSession().chain(session -> session.createMutationQuery(
                        "update TouchpointEntity set leadId = :leadId where visitorId = :visitorId and leadId is null")
                .setParameter("leadId", leadId).setParameter("visitorId", visitorId).executeUpdate()
                .chain(() -> session.createMutationQuery(
                                "update TouchpointEntity set visitorId = null where leadId = :leadId")
                        .setParameter("leadId", leadId).executeUpdate()))
                .replaceWithVoid();
    }

    public <T> Uni<T> persist(T entity) {
        return Panache.getSession().chain(session -> session.persist(entity).replaceWith(entity));
    }

    /** Persists the event's milestone unless the same event was stored already. */
    public Uni<Void> persistMilestone(MilestoneEntity milestone) {
        return Panache.getSession().chain(session -> session.find(MilestoneEntity.class, milestone.eventId)
                .chain(existing -> existing == null ? session.persist(milestone) : Uni.createFrom().voidItem()));
    }

    /**
     * Empties every read-model table and the inbox rows of the given consumers, in the caller's transaction.
     * TRUNCATE waits for the consumers' running transactions, so none of them is half wiped.
     */
    public Uni<Void> clearReadModel(List<String> inboxConsumers) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("TRUNCATE attribution_lead, attribution_touchpoint, lead_milestone, lead_owner, sla_clock")
                .executeUpdate()
                .chain(() -> session.createNativeQuery("DELETE FROM processed_event WHERE consumer IN (:consumers)")
                        .setParameter("consumers", inboxConsumers)
                        .executeUpdate())
                .replaceWithVoid());
    }

    @WithSession
    public Uni<List<LeadEntity>> allLeads() {
        return Panache.getSession().chain(session -> session
                .createQuery("from LeadEntity order by capturedAt, id", LeadEntity.class).getResultList());
    }

    @WithSession
    public Uni<List<TouchpointEntity>> allTouchpoints() {
        return Panache.getSession().chain(session -> session
                .createQuery("from TouchpointEntity order by occurredAt, touchpointId", TouchpointEntity.class)
                .getResultList());
    }

    @WithSession
    public Uni<List<MilestoneEntity>> allMilestones() {
        return Panache.getSession().chain(session -> session
                .createQuery("from MilestoneEntity order by occurredAt, eventId", MilestoneEntity.class)
                .getResultList());
    }

    @WithSession
    public Uni<List<LeadOwnerEntity>> allOwners() {
        return Panache.getSession().chain(session -> session
                .createQuery("from LeadOwnerEntity order by leadId", LeadOwnerEntity.class).getResultList());
    }

    @WithSession
    public Uni<List<SlaClockEntity>> allSlaClocks() {
        return Panache.getSession().chain(session -> session
                .createQuery("from SlaClockEntity order by timerId", SlaClockEntity.class).getResultList());
    }
}
