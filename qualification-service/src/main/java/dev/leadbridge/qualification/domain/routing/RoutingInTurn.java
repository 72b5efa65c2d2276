package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes several leads in one go, each as if it were routed on its own right after the one before: every decision
 * starts from the loads the earlier ones left, and a lead whose company an earlier lead of the same batch just went
 * to finds that rep as its account owner. A batch therefore decides exactly what routing the same leads one by one,
 * in the same order, would; it only saves reading and locking the roster once per lead.
 */
public final class RoutingInTurn {

    private RoutingInTurn() {
    }

    /**
     * A lead to route.
     *
     * @param companyDomain the lead's company domain, empty or null when unknown (no account match then)
     * @param request       what routing needs to know of the lead; its account owner is filled in here
     */
    public record Candidate(String companyDomain, RoutingRequest request) {

        boolean hasDomain() {
            return companyDomain != null && !companyDomain.isBlank();
        }
    }

    /**
     * The decisions in the candidates' order, and each rep load any of them changed, as the last one left it: what
     * to store once the batch is done.
     */
    public record Outcome(List<RoutingDecision> decisions, List<RepLoad> changedLoads) {

        public Outcome {
            decisions = List.copyOf(decisions);
            changedLoads = List.copyOf(changedLoads);
        }
    }

    /**
     * Routes the candidates in order as of {@code at}.
     *
     * @param accountOwners the active owner of each company domain known before the batch (from open leads)
     * @throws InvalidDocumentException if the table or the roster does not validate
     */
    public static Outcome route(RoutingTable table, Roster roster, List<Candidate> candidates,
                                Map<String, String> accountOwners, Instant at) {
        Map<String, String> owners = new HashMap<>(accountOwners);
        Map<String, RepLoad> changed = new LinkedHashMap<>();
        List<RoutingDecision> decisions = new ArrayList<>(candidates.size());
        Roster current = roster;
        for (Candidate candidate : candidates) {
            String owner = candidate.hasDomain() ? owners.get(candidate.companyDomain()) : null;
            RoutingRequest request = owner == null ? candidate.request() : candidate.request().withAccountOwner(owner);
            RoutingOutcome outcome = Router.route(table, current, request, at);
            decisions.add(outcome.decision());
            outcome.changedLoads().forEach(load -> changed.put(load.repId(), load));
            current = current.with(outcome.changedLoads());
            if (candidate.hasDomain() && outcome.decision() instanceof RoutingDecision.Assigned assigned) {
                owners.put(candidate.companyDomain(), assigned.repId());
            }
        }
        return new Outcome(decisions, new ArrayList<>(changed.values()));
    }
}
