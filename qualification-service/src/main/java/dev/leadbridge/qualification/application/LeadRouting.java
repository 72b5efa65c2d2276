package dev.leadbridge.qualification.application;

import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.routing.RepLoad;
import dev.leadbridge.qualification.domain.routing.Roster;
import dev.leadbridge.qualification.domain.routing.Router;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.domain.routing.RoutingInTurn;
import dev.leadbridge.qualification.domain.routing.RoutingRequest;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.domain.routing.RoutingVersions;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.RepLoadEntity;
import dev.leadbridge.qualification.persistence.RoutingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes leads to reps with the {@link Router}, inside the caller's transaction. The routing table row and every
 * rep's load are locked ({@code SELECT … FOR UPDATE}) before deciding and the new loads are written in the same
 * transaction, so two replicas never decide from the same state and never double-assign. Several leads are decided
 * in turn under one lock ({@link RoutingInTurn}): the lock serialises every decision of every replica, so holding it
 * once per batch instead of once per lead is what lets routing keep up with a burst of MQLs.
 */
@ApplicationScoped
public class LeadRouting {

    private final RoutingRepository routing;
    private final RoutingConfiguration configuration;
    private final LeadStore leads;
    private final Clock clock;
    private final Duration acceptedLeadsCountFor;

    LeadRouting(RoutingRepository routing, RoutingConfiguration configuration, LeadStore leads, Clock clock,
                @ConfigProperty(name = "leadbridge.qualification.routing.capacity.accepted-counts-for")
                Duration acceptedLeadsCountFor) {
        this.routing = routing;
        this.configuration = configuration;
        this.leads = leads;
        this.clock = clock;
        this.acceptedLeadsCountFor = acceptedLeadsCountFor;
    }

    /** A routing decision taken under the locks, with the loads it changed already stored. */
    public record Routed(RoutingDecision decision, Instant at, RoutingVersions versions, String territory) {
    }

    /**
     * Routes the lead as of now, excluding the given reps, and stores the loads the decision changed. Does not touch
     * the lead.
     */
    public Uni<Routed> decide(Lead lead, List<String> excludedRepIds) {
        return decideInTurn(List.of(lead), Set.copyOf(excludedRepIds)).map(routed -> routed.get(0));
    }

    /**
     * Routes MQLs that asked for routing, in order, and announces each assignment, or that the lead waits in its
     * team's queue.
     */
    public Uni<Void> assignRequested(List<Lead> leads) {
        return decideInTurn(leads, Set.of()).chain(routed -> {
            List<LeadStore.Decided> decided = new ArrayList<>(leads.size());
            for (int i = 0; i < leads.size(); i++) {
                decided.add(assignment(leads.get(i), routed.get(i)));
            }
            return save(decided);
        });
    }

    /**
     * Offers queued MQLs to routing again (a rep came back, capacity freed up); announces only the assignments, since
     * the queueing was announced already. How many were assigned.
     */
    public Uni<Integer> assignFromQueue(List<Lead> leads) {
        return decideInTurn(leads, Set.of()).chain(routed -> {
            List<LeadStore.Decided> assignments = new ArrayList<>();
            for (int i = 0; i < leads.size(); i++) {
                if (routed.get(i).decision() instanceof RoutingDecision.Assigned) {
                    assignments.add(assignment(leads.get(i), routed.get(i)));
                }
            }
            return save(assignments).replaceWith(assignments.size());
        });
    }

    private static LeadStore.Decided assignment(Lead lead, Routed routed) {
        return new LeadStore.Decided(lead, List.of(lead.assign(routed.decision(), routed.at(), routed.versions(),
                routed.territory())));
    }

    private Uni<List<Routed>> decideInTurn(List<Lead> leads, Set<String> excludedRepIds) {
        if (leads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant at = clock.instant();
        return routing.lockTable().chain(tableRow -> routing.lockLoads().chain(loads -> routing.reps()
                .chain(reps -> routing.openLeadsByOwner(at.minus(acceptedLeadsCountFor))
                        .chain(open -> routing.accountOwners(domainsOf(leads), idsOf(leads)).chain(owners -> {
                            RoutingTable table = configuration.toTable(tableRow);
                            Map<String, RepLoad> current = loads.stream().collect(Collectors.toMap(
                                    load -> load.repId,
                                    load -> new RepLoad(load.repId, open.getOrDefault(load.repId, 0), load.credit,
                                            load.lastAssignedAt == null ? RepLoad.NEVER : load.lastAssignedAt)));
                            Roster roster = new Roster(reps.stream().map(configuration::toRep).toList(), current);
                            List<RoutingInTurn.Candidate> candidates = leads.stream()
                                    .map(lead -> candidate(lead.details(), excludedRepIds)).toList();
                            RoutingInTurn.Outcome outcome = RoutingInTurn.route(table, roster, candidates, owners, at);
                            RoutingVersions versions = new RoutingVersions(tableRow.version, tableRow.rosterVersion);
                            List<Routed> routed = new ArrayList<>(leads.size());
                            for (int i = 0; i < leads.size(); i++) {
                                routed.add(new Routed(outcome.decisions().get(i), at, versions,
                                        table.territoryOf(leads.get(i).details().country()).orElse(null)));
                            }
                            return store(outcome.changedLoads(), loads).replaceWith(routed);
                        })))));
    }

    private static RoutingInTurn.Candidate candidate(LeadDetails lead, Set<String> excludedRepIds) {
        RoutingRequest request = new RoutingRequest(lead.country(), lead.companySize() == null ? 0 : lead.companySize(),
                lead.channel(), null, excludedRepIds);
        return new RoutingInTurn.Candidate(lead.companyDomain(), request);
    }

    private static Set<String> domainsOf(List<Lead> leads) {
        return leads.stream().map(lead -> lead.details().companyDomain())
                .filter(domain -> domain != null && !domain.isBlank())
                .collect(Collectors.toSet());
    }

    private static Set<UUID> idsOf(List<Lead> leads) {
        return leads.stream().map(Lead::id).collect(Collectors.toSet());
    }

    /** Saves the leads' routing decisions and announces them all in one insert. */
    private Uni<Void> save(List<LeadStore.Decided> decided) {
        if (decided.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return leads.saveAll(decided).invoke(written -> {
            int event = 0;
            for (LeadStore.Decided decision : decided) {
                LeadLog.decided(decision.lead(), decision.changes(),
                        written.subList(event, event + decision.changes().size()));
                event += decision.changes().size();
            }
        }).replaceWithVoid();
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
