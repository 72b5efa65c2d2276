package dev.leadbridge.qualification.application;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads leads for the sales-rep API. */
@ApplicationScoped
public class LeadQueries {

    private final LeadRepository leads;
    private final LeadHistoryRepository history;

    LeadQueries(LeadRepository leads, LeadHistoryRepository history) {
        this.leads = leads;
        this.history = history;
    }

    /** A lead with its history, if qualification knows it. */
    public record LeadWithHistory(LeadEntity lead, List<LeadStageChangeEntity> history) {
    }

    /** The leads a rep owns, oldest assignment first. */
    @WithSession
    public Uni<List<LeadEntity>> ownedBy(String ownerId) {
        return leads.list("ownerId = ?1 order by assignedAt, id", ownerId);
    }

    /** The leads a rep owns in one stage, oldest assignment first. */
    @WithSession
    public Uni<List<LeadEntity>> ownedBy(String ownerId, LifecycleStage stage) {
        return leads.list("ownerId = ?1 and stage = ?2 order by assignedAt, id", ownerId, stage);
    }

    @WithSession
    public Uni<Optional<LeadWithHistory>> find(UUID leadId) {
        return leads.findById(leadId).chain(lead -> lead == null
                ? Uni.createFrom().item(Optional.empty())
                : history.historyOf(leadId).map(changes -> Optional.of(new LeadWithHistory(lead, changes))));
    }
}
