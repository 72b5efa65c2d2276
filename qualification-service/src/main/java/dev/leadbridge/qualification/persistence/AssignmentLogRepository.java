package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The assignment audit log: written with the events it records, read newest first. */
@ApplicationScoped
public class AssignmentLogRepository implements PanacheRepositoryBase<AssignmentLogEntity, UUID> {

    /** The log row an assignment event makes, or empty for any other event. */
    static Optional<AssignmentLogEntity> rowOf(UUID eventId, Object payload, Lead lead) {
        if (payload instanceof LeadAssigned assigned) {
            return Optional.of(AssignmentLogEntity.of(eventId, assigned, lead.assignment()));
        }
        if (payload instanceof LeadReassigned reassigned) {
            return Optional.of(AssignmentLogEntity.of(eventId, reassigned, lead.assignment()));
        }
        return Optional.empty();
    }

    /**
     * The decisions about a lead, or those that gave a rep a lead or took one from them, within {@code [from, to)},
     * newest first.
     */
    public Uni<List<AssignmentLogEntity>> find(UUID leadId, String repId, Instant from, Instant to, int limit) {
        String who = leadId != null ? "leadId = :lead" : "(ownerId = :rep or previousOwnerId = :rep)";
        var query = find(who + " and decidedAt >= :from and decidedAt < :to order by decidedAt desc, eventId desc",
                io.quarkus.panache.common.Parameters.with("from", from).and("to", to)
                        .and(leadId != null ? "lead" : "rep", leadId != null ? leadId : repId));
        return query.page(0, limit).list();
    }
}
