package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LifecycleStage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reps, their loads and the routing table. */
@ApplicationScoped
public class RoutingRepository {

    /** Stages in which a lead has an owner following it up: an account's open leads go to their owner. */
    public static final List<LifecycleStage> OPEN_STAGES =
            List.of(LifecycleStage.ASSIGNED, LifecycleStage.ACCEPTED, LifecycleStage.CONVERTED);

    public Uni<RoutingTableEntity> table() {
        return Panache.getSession().chain(session -> session.find(RoutingTableEntity.class,
                RoutingTableEntity.THE_TABLE));
    }

    /** The routing table, locked until the transaction ends: one routing decision at a time across replicas. */
    public Uni<RoutingTableEntity> lockTable() {
        return Panache.getSession().chain(session -> session.find(RoutingTableEntity.class,
                RoutingTableEntity.THE_TABLE, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The team of a rep of the roster; empty when the roster has no such rep. */
    public Uni<Optional<String>> teamOf(String repId) {
        return Panache.getSession().chain(session -> session.find(RepEntity.class, repId))
                .map(rep -> Optional.ofNullable(rep).map(found -> found.teamId));
    }

    public Uni<List<RepEntity>> reps() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from RepEntity order by id", RepEntity.class).getResultList());
    }

    /** Every rep's round-robin state, locked until the transaction ends. */
    public Uni<List<RepLoadEntity>> lockLoads() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from RepLoadEntity order by repId", RepLoadEntity.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    /** Open leads per owner, counted from the leads themselves so no counter can drift. */
    /**
     * What each rep still carries, by the capacity rule: every lead they owe a first response to (assigned, not yet
     * accepted) and every lead they accepted after {@code acceptedSince}. Older accepted leads and converted ones no
     * longer block new assignments: a stalled lead must not keep a rep from new ones forever. Leads accepted before
     * acceptance times were kept count from their assignment.
     */
    public Uni<Map<String, Integer>> openLeadsByOwner(Instant acceptedSince) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select ownerId, count(*) from LeadEntity where ownerId is not null"
                        + " and (stage = :assigned or (stage = :accepted"
                        + " and coalesce(acceptedAt, assignedAt) > :since)) group by ownerId", Object[].class)
                .setParameter("assigned", LifecycleStage.ASSIGNED)
                .setParameter("accepted", LifecycleStage.ACCEPTED)
                .setParameter("since", acceptedSince)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(
                        row -> (String) row[0], row -> ((Number) row[1]).intValue())));
    }

    /**
     * The account owner of each company domain: the owner of its most recently updated open lead, leaving out the
     * given leads (the ones being routed).
     */
    public Uni<Map<String, String>> accountOwners(Set<String> companyDomains, Set<UUID> except) {
        if (companyDomains.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // one row per domain, not every open lead of it: a big customer may have thousands
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT DISTINCT ON (company_domain) company_domain, owner_id FROM lead
                        WHERE company_domain IN (:domains) AND id NOT IN (:except) AND owner_id IS NOT NULL
                          AND stage IN (:open)
                        ORDER BY company_domain, updated_at DESC""", Object[].class)
                .setParameter("open", OPEN_STAGES.stream().map(Enum::name).toList())
                .setParameter("domains", companyDomains)
                .setParameter("except", except)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(
                        row -> (String) row[0], row -> (String) row[1])));
    }

    public Uni<Void> persistAll(Collection<?> entities) {
        return Panache.getSession().chain(session -> session.persistAll(entities.toArray()));
    }

    public Uni<Void> removeAll(Collection<?> entities) {
        return Panache.getSession().chain(session -> session.removeAll(entities.toArray()));
    }

    public Uni<Void> flush() {
        return Panache.getSession().chain(session -> session.flush());
    }
}
