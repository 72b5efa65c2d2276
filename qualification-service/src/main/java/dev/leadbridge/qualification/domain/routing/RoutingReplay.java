package dev.leadbridge.qualification.domain.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Replays a period's routing decisions under other rules (a draft table, a draft roster or both) and compares the
 * outcome with what routing really did. Same order, same instants, same availability: every lead is routed at the
 * instant it really was, in the order the assignment log has, by the {@link Router} itself, against reps whose
 * capacity fills and frees as it did then.
 * <ul>
 * <li>Reps start with the leads they really held when the period began, and each lead stops counting against its
 * replayed owner when it stopped counting in reality (accepted long enough ago, or out of the open stages): who owned
 * it is assumed not to change how fast it was worked.</li>
 * <li>Round-robin credits start level: the period's own decisions decide who is next.</li>
 * <li>A lead the rules put in a queue is offered again before each later decision, oldest first, as the routing worker
 * drains queues; a team's queue waits while its oldest lead cannot be placed.</li>
 * <li>A company keeps the owner the replay last gave one of its leads for the rest of the period (account match).</li>
 * </ul>
 * Pure and deterministic: the same decisions and rules always give the same report.
 */
public final class RoutingReplay {

    /** Owner changes listed by example; the count covers all of them. */
    public static final int OWNER_CHANGE_EXAMPLES = 100;

    private RoutingReplay() {
    }

    /** What a decision is taken under: a routing table and the reps of a roster. */
    public record Rules(RoutingTable table, List<Rep> reps) {

        public Rules {
            Objects.requireNonNull(table, "table");
            reps = List.copyOf(reps);
        }
    }

    /**
     * A routing decision of the period, as the assignment log has it.
     *
     * @param ownerId     who got the lead, null when it was queued
     * @param releasedAt  when the lead stopped counting against its owner's capacity in reality; null if it still
     *                    counts
     * @param versions    the table and roster versions it was really decided under
     */
    public record PastDecision(UUID leadId, Instant decidedAt, String ownerId, String teamId, String companyDomain,
                               RoutingRequest request, Instant releasedAt, RoutingVersions versions) {

        public PastDecision {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(decidedAt, "decidedAt");
            Objects.requireNonNull(request, "request");
        }

        boolean hasDomain() {
            return companyDomain != null && !companyDomain.isBlank();
        }
    }

    /**
     * A lead a rep held when the period began.
     *
     * @param releasedAt when it stopped counting against their capacity; null if it still counts
     */
    public record Holding(UUID leadId, String repId, String companyDomain, Instant decidedAt, Instant releasedAt) {
    }

    /** Leads a rep got in the period, really and under the draft. */
    public record RepLine(String repId, int then, int draft) {

        public int change() {
            return draft - then;
        }
    }

    /**
     * Leads routed to a team in the period (assigned or queued) and its fairness spread: the most minus the fewest
     * leads per unit of weight among the team's active reps, 0 for a team of fewer than two.
     */
    public record TeamLine(String teamId, int then, int draft, BigDecimal spreadThen, BigDecimal spreadDraft) {
    }

    /** A lead that ends the period with another owner (null: still queued) under the draft. */
    public record OwnerChange(UUID leadId, Instant decidedAt, String ownerThen, String teamThen, String ownerDraft,
                              String teamDraft, String explanation) {
    }

    /**
     * Leads a queue held: first decisions that queued the lead, and leads still queued when the period ended.
     */
    public record Queues(int queuedThen, int queuedDraft, int stillQueuedThen, int stillQueuedDraft) {
    }

    /** Then against the draft, over the period's leads. */
    public record Report(int decisions, int leads, List<RepLine> reps, List<TeamLine> teams, Queues queues,
                         int ownerChanges, List<OwnerChange> ownerChangeExamples, BigDecimal fairnessSpreadThen,
                         BigDecimal fairnessSpreadDraft) {
    }

    /**
     * Replays the decisions, in order, under {@code draftRules}; {@code thenRules} gives the rules each was really
     * taken under, whose reps weigh the real outcome's fairness.
     */
    public static Report replay(List<Holding> heldAtStart, List<PastDecision> decisions,
                                Function<PastDecision, Rules> thenRules, Function<PastDecision, Rules> draftRules) {
        Draft draft = new Draft(heldAtStart);
        Map<UUID, Placement> then = new LinkedHashMap<>();
        Map<UUID, Boolean> queuedFirstThen = new HashMap<>();
        for (PastDecision decision : decisions) {
            Rules rules = draftRules.apply(decision);
            draft.advanceTo(decision.decidedAt(), rules);
            draft.offer(decision, rules);
            then.put(decision.leadId(), new Placement(decision, decision.ownerId(), decision.teamId(), ""));
            queuedFirstThen.putIfAbsent(decision.leadId(), decision.ownerId() == null);
        }
        Rules lastThen = decisions.isEmpty() ? null : thenRules.apply(decisions.get(decisions.size() - 1));
        Rules lastDraft = decisions.isEmpty() ? null : draftRules.apply(decisions.get(decisions.size() - 1));
        return report(decisions.size(), then, queuedFirstThen, draft, lastThen, lastDraft);
    }

    private static Report report(int decisions, Map<UUID, Placement> then, Map<UUID, Boolean> queuedFirstThen,
                                 Draft draft, Rules lastThen, Rules lastDraft) {
        Map<String, Integer> repsThen = countOwners(then.values());
        Map<String, Integer> repsDraft = countOwners(draft.placed.values());
        TreeSet<String> repIds = new TreeSet<>(repsThen.keySet());
        repIds.addAll(repsDraft.keySet());
        List<RepLine> reps = repIds.stream()
                .map(rep -> new RepLine(rep, repsThen.getOrDefault(rep, 0), repsDraft.getOrDefault(rep, 0))).toList();

        Map<String, Integer> teamsThen = countTeams(then.values());
        Map<String, Integer> teamsDraft = countTeams(draft.placed.values());
        TreeSet<String> teamIds = new TreeSet<>(teamsThen.keySet());
        teamIds.addAll(teamsDraft.keySet());
        List<TeamLine> teams = teamIds.stream().map(team -> new TeamLine(team, teamsThen.getOrDefault(team, 0),
                teamsDraft.getOrDefault(team, 0), spread(team, lastThen, repsThen),
                spread(team, lastDraft, repsDraft))).toList();

        int ownerChanges = 0;
        List<OwnerChange> examples = new ArrayList<>();
        for (Placement real : then.values()) {
            Placement replayed = draft.placed.get(real.decision().leadId());
            if (!Objects.equals(real.ownerId(), replayed.ownerId())) {
                ownerChanges++;
                if (examples.size() < OWNER_CHANGE_EXAMPLES) {
                    examples.add(new OwnerChange(real.decision().leadId(), real.decision().decidedAt(),
                            real.ownerId(), real.teamId(), replayed.ownerId(), replayed.teamId(),
                            replayed.explanation()));
                }
            }
        }
        int queuedThen = (int) queuedFirstThen.values().stream().filter(Boolean::booleanValue).count();
        int stillQueuedThen = (int) then.values().stream().filter(placement -> placement.ownerId() == null).count();
        Queues queues = new Queues(queuedThen, draft.queuedFirst, stillQueuedThen, draft.stillQueued());
        return new Report(decisions, then.size(), reps, teams, queues, ownerChanges, examples,
                teams.stream().map(TeamLine::spreadThen).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
                teams.stream().map(TeamLine::spreadDraft).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO));
    }

    /** Where a lead ended up: with an owner, or in a team's queue (null owner). */
    private record Placement(PastDecision decision, String ownerId, String teamId, String explanation) {
    }

    private record Release(Instant at, String repId, long order) {
    }

    /** The draft's world as the replay moves through the period. */
    private static final class Draft {

        private final Map<String, RepLoad> loads = new HashMap<>();
        private final Map<String, String> accountOwners = new HashMap<>();
        private final PriorityQueue<Release> releases = new PriorityQueue<>(
                Comparator.comparing(Release::at).thenComparingLong(Release::order));
        private final TreeMap<String, Deque<PastDecision>> queues = new TreeMap<>();
        private final Map<UUID, Placement> placed = new HashMap<>();
        private final Map<Rules, Boolean> validated = new IdentityHashMap<>();
        private long releaseOrder;
        private int queuedFirst;

        Draft(List<Holding> heldAtStart) {
            heldAtStart.stream()
                    .sorted(Comparator.comparing(Holding::decidedAt).thenComparing(Holding::leadId))
                    .forEach(held -> {
                        RepLoad load = loadOf(held.repId());
                        loads.put(held.repId(), new RepLoad(held.repId(), load.openLeads() + 1, 0, RepLoad.NEVER));
                        holdUntil(held.releasedAt(), held.repId());
                        if (held.companyDomain() != null && !held.companyDomain().isBlank()) {
                            accountOwners.put(held.companyDomain(), held.repId());
                        }
                    });
        }

        /** Frees what stopped counting by {@code at}, then offers the queued leads again. */
        void advanceTo(Instant at, Rules rules) {
            while (!releases.isEmpty() && !releases.peek().at().isAfter(at)) {
                String repId = releases.poll().repId();
                loads.put(repId, loadOf(repId).released());
            }
            for (Deque<PastDecision> queue : queues.values()) {
                while (!queue.isEmpty() && route(queue.peek(), rules, at)) {
                    queue.poll();
                }
            }
        }

        /** Routes the lead of a first decision; a later decision of the same lead is the drain above, already done. */
        void offer(PastDecision decision, Rules rules) {
            if (placed.containsKey(decision.leadId())) {
                return;
            }
            if (!route(decision, rules, decision.decidedAt())) {
                queuedFirst++;
                Placement queued = placed.get(decision.leadId());
                queues.computeIfAbsent(queued.teamId(), team -> new ArrayDeque<>()).add(decision);
            }
        }

        /** Routes the lead at {@code at}; true when it got an owner. */
        private boolean route(PastDecision decision, Rules rules, Instant at) {
            String owner = decision.hasDomain() ? accountOwners.get(decision.companyDomain()) : null;
            RoutingRequest request = owner == null ? decision.request()
                    : decision.request().withAccountOwner(owner);
            if (validated.put(rules, Boolean.TRUE) == null) {
                Router.requireValid(rules.table(), new Roster(rules.reps(), Map.of()));
            }
            RoutingOutcome outcome = Router.routeValidated(rules.table(), new Roster(rules.reps(), loads), request,
                    at);
            if (outcome.decision() instanceof RoutingDecision.Assigned assigned) {
                outcome.changedLoads().forEach(load -> loads.put(load.repId(), load));
                holdUntil(decision.releasedAt() == null ? null : later(decision.releasedAt(), at), assigned.repId());
                if (decision.hasDomain()) {
                    accountOwners.put(decision.companyDomain(), assigned.repId());
                }
                placed.put(decision.leadId(), new Placement(decision, assigned.repId(), assigned.teamId(),
                        assigned.explanation()));
                return true;
            }
            placed.putIfAbsent(decision.leadId(), new Placement(decision, null, outcome.decision().teamId(),
                    outcome.decision().explanation()));
            return false;
        }

        private void holdUntil(Instant releasedAt, String repId) {
            if (releasedAt != null) {
                releases.add(new Release(releasedAt, repId, releaseOrder++));
            }
        }

        private RepLoad loadOf(String repId) {
            return loads.getOrDefault(repId, RepLoad.initial(repId));
        }

        int stillQueued() {
            return queues.values().stream().mapToInt(Deque::size).sum();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Map<String, Integer> countOwners(Iterable<Placement> placements) {
        Map<String, Integer> counts = new HashMap<>();
        placements.forEach(placement -> {
            if (placement.ownerId() != null) {
                counts.merge(placement.ownerId(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static Map<String, Integer> countTeams(Iterable<Placement> placements) {
        Map<String, Integer> counts = new HashMap<>();
        placements.forEach(placement -> {
            if (placement.teamId() != null) {
                counts.merge(placement.teamId(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static BigDecimal spread(String teamId, Rules rules, Map<String, Integer> leadsByRep) {
        if (rules == null) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> shares = rules.reps().stream()
                .filter(rep -> rep.active() && rep.teamId().equals(teamId))
                .map(rep -> BigDecimal.valueOf(leadsByRep.getOrDefault(rep.id(), 0))
                        .divide(BigDecimal.valueOf(rep.weight()), 2, RoundingMode.HALF_EVEN))
                .toList();
        if (shares.size() < 2) {
            return BigDecimal.ZERO.setScale(2);
        }
        return shares.stream().max(Comparator.naturalOrder()).orElseThrow()
                .subtract(shares.stream().min(Comparator.naturalOrder()).orElseThrow());
    }
}
