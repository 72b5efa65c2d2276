package dev.leadbridge.qualification.domain.routing;

import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.TUESDAY_NOON_UTC;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.rep;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.Holding;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.PastDecision;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.RepLine;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.Report;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.Rules;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.TeamLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingReplayTests {

    private static final Instant START = TUESDAY_NOON_UTC;
    private static final RoutingVersions VERSIONS = new RoutingVersions(1, 1);
    private static final Rules EVEN = new Rules(table(), List.of(rep("ann", "global", 1, 100),
            rep("bob", "global", 1, 100), rep("dee", "dach", 1, 100)));

    @Test
    void theRulesThatReallyDecidedGiveEveryLeadItsRealOwnerBack() {
        Rules rules = new Rules(table(), List.of(rep("ann", "global", 2, 100), rep("bob", "global", 1, 100),
                rep("cat", "global", 1, 3), rep("dee", "dach", 1, 100)));
        List<PastDecision> decisions = routedForReal(rules, 40);

        Report report = RoutingReplay.replay(List.of(), decisions, decision -> rules, decision -> rules);

        assertThat(report.leads()).isEqualTo(40);
        assertThat(report.ownerChanges()).isZero();
        assertThat(report.reps()).allSatisfy(line -> assertThat(line.change()).isZero());
        assertThat(report.reps()).extracting(RepLine::repId).containsExactly("ann", "bob", "cat", "dee");
    }

    @Test
    void aDraftRosterShiftsLoadByWeightAndReportsTheFairnessSpreadOfEachSide() {
        List<PastDecision> decisions = routedForReal(EVEN, 30);
        Rules draft = new Rules(table(), List.of(rep("ann", "global", 2, 100), rep("bob", "global", 1, 100),
                rep("dee", "dach", 1, 100)));

        Report report = RoutingReplay.replay(List.of(), decisions, decision -> EVEN, decision -> draft);

        RepLine ann = line(report, "ann");
        RepLine bob = line(report, "bob");
        int global = ann.then() + bob.then();
        assertThat(ann.draft() + bob.draft()).isEqualTo(global);
        assertThat((double) ann.then()).isCloseTo(global / 2.0, within(1.0));
        assertThat((double) ann.draft()).as("weight 2 of 3").isCloseTo(global * 2 / 3.0, within(1.0));
        assertThat(report.ownerChanges()).isPositive();
        TeamLine team = team(report, "global");
        assertThat(team.spreadThen()).isLessThanOrEqualTo(BigDecimal.ONE);
        assertThat(team.spreadDraft()).as("leads per unit of weight").isLessThanOrEqualTo(BigDecimal.ONE);
        assertThat(report.ownerChangeExamples()).allSatisfy(change -> {
            assertThat(change.ownerDraft()).isNotEqualTo(change.ownerThen());
            assertThat(change.explanation()).contains("weighted round robin");
        });
    }

    @Test
    void aRepWhoFillsUpWidensTheFairnessSpread() {
        List<PastDecision> decisions = routedForReal(EVEN, 30);
        Rules draft = new Rules(table(), List.of(rep("ann", "global", 1, 100), rep("bob", "global", 1, 2),
                rep("dee", "dach", 1, 100)));

        Report report = RoutingReplay.replay(List.of(), decisions, decision -> EVEN, decision -> draft);

        TeamLine team = team(report, "global");
        assertThat(line(report, "bob").draft()).isEqualTo(2);
        assertThat(team.spreadDraft()).isEqualByComparingTo(BigDecimal.valueOf(team.draft() - 4));
        assertThat(report.fairnessSpreadDraft()).isEqualByComparingTo(team.spreadDraft());
        assertThat(report.fairnessSpreadThen()).isLessThanOrEqualTo(BigDecimal.ONE);
    }

    @Test
    void aDraftTableMovesLeadsBetweenTeams() {
        List<PastDecision> decisions = routedForReal(EVEN, 20);
        RoutingTable everyoneGlobal = new RoutingTable(List.of(), "global", new SegmentBoundaries(200, 1000));

        Report report = RoutingReplay.replay(List.of(), decisions, decision -> EVEN,
                decision -> new Rules(everyoneGlobal, EVEN.reps()));

        TeamLine dach = team(report, "dach");
        assertThat(dach.then()).isPositive();
        assertThat(dach.draft()).isZero();
        assertThat(line(report, "dee").draft()).isZero();
        assertThat(report.ownerChanges()).isGreaterThanOrEqualTo(dach.then());
    }

    @Test
    void aRepAtCapacityQueuesLeadsUntilTheirLeadsStopCountingThenTheQueueDrainsOldestFirst() {
        Rules oneSlot = new Rules(table(), List.of(rep("ann", "global", 1, 1)));
        PastDecision first = decision(0, "ann", "global", "US", null, Duration.ofSeconds(30));
        PastDecision second = decision(10, "ann", "global", "US", null, null);
        PastDecision third = decision(20, "ann", "global", "US", null, null);
        PastDecision later = decision(40, "ann", "global", "US", null, null);

        Report report = RoutingReplay.replay(List.of(), List.of(first, second, third, later),
                decision -> oneSlot, decision -> oneSlot);

        assertThat(report.queues().queuedDraft()).as("each found ann full when it came").isEqualTo(3);
        assertThat(report.queues().stillQueuedDraft()).as("the first freed ann's slot after 30 s: the oldest "
                + "waiting lead took it").isEqualTo(2);
        assertThat(report.queues().queuedThen()).isZero();
        assertThat(report.ownerChangeExamples()).extracting(RoutingReplay.OwnerChange::leadId)
                .containsExactly(third.leadId(), later.leadId());
    }

    @Test
    void leadsHeldWhenThePeriodBeganCountAgainstCapacityUntilReleased() {
        Rules twoSlots = new Rules(table(), List.of(rep("ann", "global", 1, 2), rep("bob", "global", 1, 2)));
        List<Holding> held = List.of(
                new Holding(UUID.randomUUID(), "ann", null, START.minusSeconds(600), null),
                new Holding(UUID.randomUUID(), "ann", null, START.minusSeconds(500), START.plusSeconds(5)));
        List<PastDecision> decisions = List.of(decision(0, "ann", "global", "US", null, null),
                decision(10, "bob", "global", "US", null, null));

        Report report = RoutingReplay.replay(held, decisions, decision -> twoSlots, decision -> twoSlots);

        assertThat(report.ownerChangeExamples()).extracting(RoutingReplay.OwnerChange::ownerDraft)
                .as("ann was full at first, had one slot again after five seconds").containsExactly("bob", "ann");
    }

    @Test
    void aCompanyKeepsTheOwnerTheReplayGaveIt() {
        List<PastDecision> decisions = List.of(decision(0, "ann", "global", "US", "acme.example", null),
                decision(10, "bob", "global", "US", "other.example", null),
                decision(20, "bob", "global", "US", "acme.example", null));

        Report report = RoutingReplay.replay(List.of(), decisions, decision -> EVEN, decision -> EVEN);

        assertThat(report.ownerChangeExamples()).singleElement().satisfies(change -> {
            assertThat(change.ownerDraft()).isEqualTo("ann");
            assertThat(change.explanation()).contains("account match");
        });
    }

    @Test
    void theSameDecisionsAndRulesGiveTheSameReport() {
        List<PastDecision> decisions = routedForReal(EVEN, 200);
        Rules draft = new Rules(table(), List.of(rep("ann", "global", 3, 20), rep("bob", "global", 1, 5),
                rep("dee", "dach", 1, 2)));

        Report once = RoutingReplay.replay(List.of(), decisions, decision -> EVEN, decision -> draft);
        Report again = RoutingReplay.replay(List.of(), decisions, decision -> EVEN, decision -> draft);

        assertThat(again).isEqualTo(once);
    }

    /** Decisions as the router really took them under {@code rules}, one lead a minute. */
    private static List<PastDecision> routedForReal(Rules rules, int leads) {
        Random random = new Random(7);
        Map<String, RepLoad> loads = new HashMap<>();
        List<PastDecision> decisions = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            String country = random.nextInt(4) == 0 ? "DE" : "US";
            Instant at = START.plus(Duration.ofMinutes(i));
            RoutingOutcome outcome = Router.route(rules.table(), new Roster(rules.reps(), loads),
                    RoutingRequest.of(country, 50, Channel.PAID_SEARCH), at);
            outcome.changedLoads().forEach(load -> loads.put(load.repId(), load));
            String owner = outcome.decision() instanceof RoutingDecision.Assigned assigned ? assigned.repId() : null;
            decisions.add(new PastDecision(UUID.randomUUID(), at, owner, outcome.decision().teamId(), null,
                    RoutingRequest.of(country, 50, Channel.PAID_SEARCH), null, VERSIONS));
        }
        return decisions;
    }

    private static PastDecision decision(int secondsIn, String owner, String team, String country, String domain,
                                         Duration countsFor) {
        Instant at = START.plusSeconds(secondsIn);
        return new PastDecision(UUID.randomUUID(), at, owner, team, domain,
                RoutingRequest.of(country, 50, Channel.PAID_SEARCH), countsFor == null ? null : at.plus(countsFor),
                VERSIONS);
    }

    private static TeamLine team(Report report, String teamId) {
        return report.teams().stream().filter(line -> line.teamId().equals(teamId)).findFirst().orElseThrow();
    }

    private static RepLine line(Report report, String repId) {
        return report.reps().stream().filter(line -> line.repId().equals(repId)).findFirst().orElseThrow();
    }
}
