package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.domain.lifecycle.LeadAction;
import dev.leadbridge.qualification.domain.lifecycle.LeadLifecycle;
import dev.leadbridge.qualification.domain.routing.RepLoad;
import dev.leadbridge.qualification.domain.routing.Roster;
import dev.leadbridge.qualification.domain.routing.Router;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.domain.routing.RoutingOutcome;
import dev.leadbridge.qualification.domain.routing.RoutingRequest;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import dev.leadbridge.qualification.persistence.RepLoadEntity;
import dev.leadbridge.qualification.persistence.RoutingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Routes leads to reps with the {@link Router}, inside the caller's transaction. The routing table row and every
 * rep's load are locked ({@code SELECT … FOR UPDATE}) before the decision and the new loads are written in the same
 * transaction, so two replicas never decide from the same state and never double-assign.
 */
@ApplicationScoped
public class LeadRouting {

    private static final Logger LOG = Logger.getLogger(LeadRouting.class);

    private final RoutingRepository routing;
    private final RoutingConfiguration configuration;
    private final LeadHistoryRepository history;
    private final Outbox outbox;
    private final Clock clock;

    LeadRouting(RoutingRepository routing, RoutingConfiguration configuration, LeadHistoryRepository history,
                Outbox outbox, Clock clock) {
        this.routing = routing;
        this.configuration = configuration;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A routing decision taken under the locks, with the loads it changed already stored. */
    public record Routed(RoutingDecision decision, Instant at) {
    }

    /**
     * Routes the lead as of now, excluding the given reps, and stores the loads the decision changed. Does not touch
     * the lead.
     */
    public Uni<Routed> decide(LeadEntity lead, List<String> excludedRepIds) {
        Instant at = clock.instant();
        return routing.lockTable().chain(tableRow -> routing.lockLoads().chain(loads -> routing.reps()
                .chain(reps -> routing.openLeadsByOwner()
                        .chain(open -> accountOwnerOf(lead).chain(owner -> {
                            RoutingTable table = configuration.toTable(tableRow.document);
                            Map<String, RepLoadEntity> loadById = loads.stream()
                                    .collect(Collectors.toMap(load -> load.repId, Function.identity()));
                            Map<String, RepLoad> current = loads.stream().collect(Collectors.toMap(
                                    load -> load.repId,
                                    load -> new RepLoad(load.repId, open.getOrDefault(load.repId, 0), load.credit,
                                            load.lastAssignedAt == null ? RepLoad.NEVER : load.lastAssignedAt)));
                            Roster roster = new Roster(reps.stream().map(configuration::toRep).toList(), current);
                            RoutingRequest request = new RoutingRequest(lead.country,
                                    lead.companySize == null ? 0 : lead.companySize, lead.channel, owner,
                                    Set.copyOf(excludedRepIds));
                            RoutingOutcome outcome = Router.route(table, roster, request, at);
                            return store(outcome.changedLoads(), loadById)
                                    .replaceWith(new Routed(outcome.decision(), at));
                        })))));
    }

    /** Routes a new MQL and announces the assignment, or that it waits in its team's queue. */
    public Uni<Void> assign(LeadEntity lead) {
        return decide(lead, List.of()).chain(routed -> announce(lead, routed));
    }

    /**
     * Offers a queued MQL to routing again (a rep came back, capacity freed up); announces an assignment only if one
     * was made, since the queueing was announced already. Whether it was assigned.
     */
    public Uni<Boolean> assignFromQueue(LeadEntity lead) {
        return decide(lead, List.of()).chain(routed -> routed.decision() instanceof RoutingDecision.Assigned
                ? announce(lead, routed).replaceWith(true)
                : Uni.createFrom().item(false));
    }

    private Uni<Void> announce(LeadEntity lead, Routed routed) {
        RoutingDecision decision = routed.decision();
        boolean queued = !(decision instanceof RoutingDecision.Assigned);
        String ownerId = queued ? null : ((RoutingDecision.Assigned) decision).repId();
        audit(lead, decision, routed.at());
        if (!queued) {
            lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.ASSIGN);
            lead.ownerId = ownerId;
        }
        LeadAssigned payload = new LeadAssigned(lead.id, ownerId, decision.teamId(), queued, decision.ruleId(),
                decision.reason(), lead.scoreGrade, lead.channel, lead.mqlReason, routed.at());
        return outbox.enqueue(EventType.LEAD_ASSIGNED, lead.id, payload).chain(event -> {
            LOG.infof("Lead %s %s: %s (event %s)", lead.id, queued ? "queued" : "assigned to " + ownerId,
                    decision.explanation(), event.id());
            return queued ? Uni.createFrom().voidItem() : stageChanged(lead, event, routed.at());
        });
    }

    /** Writes the routing decision onto the lead, for the audit trail. */
    public static void audit(LeadEntity lead, RoutingDecision decision, Instant at) {
        lead.teamId = decision.teamId();
        lead.routingRuleId = decision.ruleId();
        lead.assignmentReason = decision.reason();
        lead.assignmentExplanation = decision.explanation();
        lead.assignedAt = at;
        lead.updatedAt = at;
    }

    private Uni<Void> stageChanged(LeadEntity lead, CloudEventAttributes event, Instant at) {
        return history.persist(LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), at)).replaceWithVoid();
    }

    private Uni<String> accountOwnerOf(LeadEntity lead) {
        return lead.companyDomain == null || lead.companyDomain.isBlank()
                ? Uni.createFrom().nullItem()
                : routing.accountOwner(lead.companyDomain, lead.id);
    }

    private Uni<Void> store(List<RepLoad> changed, Map<String, RepLoadEntity> loadById) {
        List<RepLoadEntity> fresh = new ArrayList<>();
        for (RepLoad load : changed) {
            RepLoadEntity entity = loadById.get(load.repId());
            if (entity == null) {
                entity = new RepLoadEntity();
                entity.repId = load.repId();
                fresh.add(entity);
            }
            entity.openLeads = load.openLeads();
            entity.credit = load.credit();
            entity.lastAssignedAt = RepLoad.NEVER.equals(load.lastAssignedAt()) ? null : load.lastAssignedAt();
        }
        return routing.persistAll(fresh);
    }
}
