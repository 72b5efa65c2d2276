package dev.leadbridge.qualification.application;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.qualification.persistence.InboxLine;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import dev.leadbridge.qualification.persistence.RoutingRepository;
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
    private final RoutingRepository routing;

    LeadQueries(LeadRepository leads, LeadHistoryRepository history, RoutingRepository routing) {
        this.leads = leads;
        this.history = history;
        this.routing = routing;
    }

    /** A lead with its history, if qualification knows it. */
    public record LeadWithHistory(LeadEntity lead, List<LeadStageChangeEntity> history) {
    }

    /**
     * A page of a rep's leads, the first response due soonest first, then those without a running SLA clock by
     * assignment time; starting after the given position.
     *
     * @param stage null for every stage
     */
    @WithSession
    public Uni<List<InboxLine>> inbox(String ownerId, LifecycleStage stage, InboxLine.Position after, int limit) {
        return leads.inbox(ownerId, stage, after, limit);
    }

    /** The MQLs waiting in the team's queue, the longest waiting first. */
    @WithSession
    public Uni<List<LeadEntity>> queuedIn(String teamId, int limit) {
        return leads.queuedIn(teamId, limit);
    }

    /** The team of a rep of the roster, if the roster has them. */
    @WithSession
    public Uni<Optional<String>> teamOf(String repId) {
        return routing.teamOf(repId);
    }

    @WithSession
    public Uni<Optional<LeadWithHistory>> find(UUID leadId) {
        return leads.findById(leadId).chain(lead -> lead == null
                ? Uni.createFrom().item(Optional.empty())
                : history.historyOf(leadId).map(changes -> Optional.of(new LeadWithHistory(lead, changes))));
    }
}
