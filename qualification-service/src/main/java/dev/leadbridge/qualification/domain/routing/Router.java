package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.events.payload.AssignmentReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Routes a lead to an owner: a pure function of (rules, reps and their loads, lead, instant), so the same state
 * always gives the same owner and every decision can be replayed and explained.
 * <ol>
 * <li><b>Account match.</b> A lead whose company already has an active owner goes to that owner if they can take it
 * now; otherwise routing carries on and the explanation says why the owner was passed over.</li>
 * <li><b>Team.</b> The first routing rule by priority that matches territory, segment and channel picks the team;
 * else the default team.</li>
 * <li><b>Rep.</b> Among the team's eligible reps (active, not excluded, below capacity, not on time off, inside
 * working hours), smooth weighted round robin: each eligible rep's credit grows by their weight, the rep with the
 * most credit gets the lead and gives back the eligible reps' total weight. Over any run of picks with the same
 * eligible reps each rep gets its weight's share to within one lead, without bursts. Reps who are unavailable
 * neither earn nor lose credit, so someone back from holiday is not flooded with catch-up leads. Equal credits go to
 * the least recently assigned rep, then (only between reps never assigned at the same instant) to the smaller rep id;
 * never to whoever was created first.</li>
 * <li><b>Queue.</b> If nobody in the team is eligible, the lead waits in the team's queue, with each rep's reason.</li>
 * </ol>
 */
public final class Router {

    private static final Comparator<RepLoad> MOST_CREDIT_THEN_LEAST_RECENT =
            Comparator.comparingLong(RepLoad::credit).reversed()
                    .thenComparing(RepLoad::lastAssignedAt)
                    .thenComparing(RepLoad::repId);

    private Router() {
    }

    /**
     * Routes the lead as of {@code at}.
     *
     * @throws InvalidDocumentException if the table or the roster does not validate
     */
    public static RoutingOutcome route(RoutingTable table, Roster roster, RoutingRequest lead, Instant at) {
        requireValid(table, roster);
        return routeValidated(table, roster, lead, at);
    }

    /** {@link #route} for a table and roster already validated: a replay validates each once, not per lead. */
    static RoutingOutcome routeValidated(RoutingTable table, Roster roster, RoutingRequest lead, Instant at) {
        String passedOver = "";
        if (!lead.accountOwnerId().isEmpty()) {
            Optional<Rep> owner = roster.rep(lead.accountOwnerId());
            Optional<Ineligibility> why = owner.isPresent()
                    ? ineligibility(owner.get(), roster, lead, at)
                    : Optional.of(Ineligibility.INACTIVE);
            if (why.isEmpty()) {
                return accountMatch(owner.get(), roster, at);
            }
            passedOver = "account owner " + lead.accountOwnerId() + " passed over (" + why.get().wire() + "); ";
        }
        RoutingTable.TeamChoice choice = table.teamFor(lead);
        Map<String, Ineligibility> unavailable = new TreeMap<>();
        List<Rep> eligible = new ArrayList<>();
        for (Rep rep : roster.team(choice.teamId())) {
            ineligibility(rep, roster, lead, at).ifPresentOrElse(
                    why -> unavailable.put(rep.id(), why), () -> eligible.add(rep));
        }
        if (eligible.isEmpty()) {
            String reasons = unavailable.isEmpty() ? "the team has no reps" : describe(unavailable);
            return new RoutingOutcome(new RoutingDecision.Queued(choice.teamId(), choice.ruleId(),
                    passedOver + "queued in team " + choice.teamId() + " (rule " + choice.ruleId()
                            + "): no rep available; " + reasons, unavailable), List.of());
        }
        return roundRobin(eligible, unavailable, choice, roster, at, passedOver);
    }

    private static RoutingOutcome accountMatch(Rep owner, Roster roster, Instant at) {
        RepLoad load = roster.loadOf(owner.id()).assigned(at);
        return new RoutingOutcome(new RoutingDecision.Assigned(owner.id(), owner.teamId(),
                RoutingTable.ACCOUNT_MATCH_RULE_ID, AssignmentReason.ACCOUNT_MATCH,
                "account match: the company is already owned by " + owner.id()), List.of(load));
    }

    private static RoutingOutcome roundRobin(List<Rep> eligible, Map<String, Ineligibility> unavailable,
            RoutingTable.TeamChoice choice, Roster roster, Instant at, String passedOver) {
        long totalWeight = eligible.stream().mapToLong(Rep::weight).sum();
        List<RepLoad> raised = new ArrayList<>();
        for (Rep rep : eligible) {
            RepLoad load = roster.loadOf(rep.id());
            raised.add(load.withCredit(load.credit() + rep.weight()));
        }
        RepLoad chosen = raised.stream().min(MOST_CREDIT_THEN_LEAST_RECENT).orElseThrow();
        raised.set(raised.indexOf(chosen), chosen.withCredit(chosen.credit() - totalWeight).assigned(at));
        String explanation = passedOver + "weighted round robin in team " + choice.teamId() + " (rule "
                + choice.ruleId() + ") among " + eligible.size() + " eligible rep(s)"
                + (unavailable.isEmpty() ? "" : "; unavailable: " + describe(unavailable));
        return new RoutingOutcome(new RoutingDecision.Assigned(chosen.repId(), choice.teamId(), choice.ruleId(),
                AssignmentReason.ROUND_ROBIN, explanation), raised);
    }

    private static Optional<Ineligibility> ineligibility(Rep rep, Roster roster, RoutingRequest lead, Instant at) {
        return lead.excludes(rep.id()) ? Optional.of(Ineligibility.EXCLUDED)
                : rep.ineligibility(roster.loadOf(rep.id()), at);
    }

    private static String describe(Map<String, Ineligibility> unavailable) {
        return unavailable.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().wire())
                .collect(Collectors.joining(", "));
    }

    static void requireValid(RoutingTable table, Roster roster) {
        List<String> problems = new ArrayList<>(table.validate());
        problems.addAll(roster.validate());
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("the routing configuration", problems);
        }
    }
}
