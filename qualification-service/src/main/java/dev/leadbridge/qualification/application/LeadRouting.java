package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.domain.lifecycle.LeadAction;
import dev.leadbridge.qualification.domain.lifecycle.LeadLifecycle;
import dev.leadbridge.qualification.domain.routing.RepLoad;
import dev.leadbridge.qualification.domain.routing.Roster;
import dev.leadbridge.qualification.domain.routing.Router;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.domain.routing.RoutingInTurn;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Routes leads to reps with the {@link Router}, inside the caller's transaction. The routing table row and every
 * rep's load are locked ({@code SELECT … FOR UPDATE}) before deciding and the new loads are written in the same
 * transaction, so two replicas never decide from the same state and never double-assign. Several leads are decided
 * in turn under one lock ({@link RoutingInTurn}): the lock serialises every decision of every replica, so holding it
 * once per batch instead of once per lead is what lets routing keep up with a burst of MQLs.
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
        return decideInTurn(List.of(lead), Set.copyOf(excludedRepIds)).map(routed -> routed.get(0));
    }

    /**
     * Routes MQLs that asked for routing, in order, and announces each assignment, or that the lead waits in its
     * team's queue.
     */
    public Uni<Void> assignRequested(List<LeadEntity> leads) {
        return decideInTurn(leads, Set.of()).chain(routed -> {
            List<Announcement> announcements = new ArrayList<>(leads.size());
            for (int i = 0; i < leads.size(); i++) {
                leads.get(i).routingRequestedAt = null;
                announcements.add(new Announcement(leads.get(i), routed.get(i)));
            }
            return announce(announcements);
        });
    }

    /**
     * Offers queued MQLs to routing again (a rep came back, capacity freed up); announces only the assignments, since
     * the queueing was announced already. How many were assigned.
     */
    public Uni<Integer> assignFromQueue(List<LeadEntity> leads) {
        return decideInTurn(leads, Set.of()).chain(routed -> {
            List<Announcement> assignments = new ArrayList<>();
            for (int i = 0; i < leads.size(); i++) {
                if (routed.get(i).decision() instanceof RoutingDecision.Assigned) {
                    assignments.add(new Announcement(leads.get(i), routed.get(i)));
                }
            }
            return announce(assignments).replaceWith(assignments.size());
        });
    }

    private Uni<List<Routed>> decideInTurn(List<LeadEntity> leads, Set<String> excludedRepIds) {
        if (leads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant at = clock.instant();
        return routing.lockTable().chain(tableRow -> routing.lockLoads().chain(loads -> routing.reps()
                .chain(reps -> routing.openLeadsByOwner()
                        .chain(open -> routing.accountOwners(domainsOf(leads), idsOf(leads)).chain(owners -> {
                            RoutingTable table = configuration.toTable(tableRow.document);
                            Map<String, RepLoad> current = loads.stream().collect(Collectors.toMap(
                                    load -> load.repId,
                                    load -> new RepLoad(load.repId, open.getOrDefault(load.repId, 0), load.credit,
                                            load.lastAssignedAt == null ? RepLoad.NEVER : load.lastAssignedAt)));
                            Roster roster = new Roster(reps.stream().map(configuration::toRep).toList(), current);
                            List<RoutingInTurn.Candidate> candidates = leads.stream()
                                    .map(lead -> candidate(lead, excludedRepIds)).toList();
                            RoutingInTurn.Outcome outcome = RoutingInTurn.route(table, roster, candidates, owners, at);
                            List<Routed> routed = outcome.decisions().stream()
                                    .map(decision -> new Routed(decision, at)).toList();
                            return store(outcome.changedLoads(), loads).replaceWith(routed);
                        })))));
    }

    private static RoutingInTurn.Candidate candidate(LeadEntity lead, Set<String> excludedRepIds) {
        RoutingRequest request = new RoutingRequest(lead.country, lead.companySize == null ? 0 : lead.companySize,
                lead.channel, null, excludedRepIds);
        return new RoutingInTurn.Candidate(lead.companyDomain, request);
    }

    private static Set<String> domainsOf(List<LeadEntity> leads) {
        return leads.stream().map(lead -> lead.companyDomain)
                .filter(domain -> domain != null && !domain.isBlank())
                .collect(Collectors.toSet());
    }

    private static Set<UUID> idsOf(List<LeadEntity> leads) {
        return leads.stream().map(lead -> lead.id).collect(Collectors.toSet());
    }

    /** A lead and the decision to announce for it. */
    private record Announcement(LeadEntity lead, Routed routed) {

        boolean queued() {
            return !(routed.decision() instanceof RoutingDecision.Assigned);
        }
    }

    /**
     * Writes each decision onto its lead and announces them all in one insert; an assignment also moves the lead to
     * assigned in its history.
     */
    private Uni<Void> announce(List<Announcement> announcements) {
        if (announcements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Outbox.LeadEvent> events = announcements.stream().map(LeadRouting::applied).toList();
        return outbox.enqueueAll(events).chain(written -> {
            List<LeadStageChangeEntity> stageChanges = new ArrayList<>();
            for (int i = 0; i < announcements.size(); i++) {
                Announcement announcement = announcements.get(i);
                LeadEntity lead = announcement.lead();
                RoutingDecision decision = announcement.routed().decision();
                LOG.infof("Lead %s %s: %s (event %s)", lead.id,
                        announcement.queued() ? "queued" : "assigned to " + lead.ownerId, decision.explanation(),
                        written.get(i).id());
                if (!announcement.queued()) {
                    stageChanges.add(LeadStageChangeEntity.of(lead.id, lead.stage, written.get(i).id(),
                            announcement.routed().at()));
                }
            }
            return stageChanges.isEmpty() ? Uni.createFrom().voidItem() : history.persist(stageChanges);
        });
    }

    /** Applies the decision to the lead; the event that announces it. */
    private static Outbox.LeadEvent applied(Announcement announcement) {
        LeadEntity lead = announcement.lead();
        RoutingDecision decision = announcement.routed().decision();
        Instant at = announcement.routed().at();
        audit(lead, decision, at);
        String ownerId = null;
        if (decision instanceof RoutingDecision.Assigned assigned) {
            ownerId = assigned.repId();
            lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.ASSIGN);
            lead.ownerId = ownerId;
        }
        LeadAssigned payload = new LeadAssigned(lead.id, ownerId, decision.teamId(), announcement.queued(),
                decision.ruleId(), decision.reason(), lead.scoreGrade, lead.channel, lead.mqlReason, at);
        return new Outbox.LeadEvent(EventType.LEAD_ASSIGNED, lead.id, payload);
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

    private Uni<Void> store(List<RepLoad> changed, List<RepLoadEntity> loads) {
        Map<String, RepLoadEntity> loadById = loads.stream()
                .collect(Collectors.toMap(load -> load.repId, Function.identity()));
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
