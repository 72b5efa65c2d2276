package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.BERLIN;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.NEW_YORK;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.TUESDAY_NOON_UTC;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.inactive;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.rep;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.table;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.withHours;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.withTimeOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTests {

    private static final Instant NOW = TUESDAY_NOON_UTC;
    private static final RoutingRequest GLOBAL_LEAD = RoutingRequest.of("US", 50, Channel.PAID_SEARCH);

    @Test
    void picksTheTeamOfTheFirstMatchingRuleByPriority() {
        Roster roster = new Roster(List.of(rep("e", "dach-enterprise", 1, 10), rep("d", "dach", 1, 10),
                rep("p", "partners", 1, 10), rep("g", "global", 1, 10)), Map.of());

        assertThat(teamAndRule(roster, RoutingRequest.of("DE", 5000, Channel.PARTNER))).isEqualTo("partners/partners");
        assertThat(teamAndRule(roster, RoutingRequest.of("DE", 5000, Channel.EVENT)))
                .isEqualTo("dach-enterprise/dach-enterprise");
        assertThat(teamAndRule(roster, RoutingRequest.of("at", 50, Channel.EVENT))).isEqualTo("dach/dach");
        assertThat(teamAndRule(roster, RoutingRequest.of("DE", 0, Channel.EVENT))).isEqualTo("dach/dach");
        assertThat(teamAndRule(roster, RoutingRequest.of("US", 5000, Channel.EVENT))).isEqualTo("global/default");
    }

    private static String teamAndRule(Roster roster, RoutingRequest lead) {
        RoutingDecision decision = Router.route(table(), roster, lead, NOW).decision();
        return decision.teamId() + "/" + decision.ruleId();
    }

    @Test
    void segmentsCompaniesBySize() {
        SegmentBoundaries boundaries = new SegmentBoundaries(200, 1000);

        assertThat(boundaries.segmentOf(0)).isEqualTo(Segment.UNKNOWN);
        assertThat(boundaries.segmentOf(1)).isEqualTo(Segment.SMB);
        assertThat(boundaries.segmentOf(199)).isEqualTo(Segment.SMB);
        assertThat(boundaries.segmentOf(200)).isEqualTo(Segment.MID_MARKET);
        assertThat(boundaries.segmentOf(999)).isEqualTo(Segment.MID_MARKET);
        assertThat(boundaries.segmentOf(1000)).isEqualTo(Segment.ENTERPRISE);
    }

    @Test
    void interleavesRepsByWeightWithoutBursts() {
        Roster roster = new Roster(List.of(rep("a", "global", 2, 100), rep("b", "global", 1, 100)), Map.of());

        assertThat(owners(roster, 6)).containsExactly("a", "b", "a", "a", "b", "a");
    }

    @Test
    void breaksEqualCreditsByLeastRecentlyAssignedWhateverTheListOrder() {
        List<Rep> reps = List.of(rep("zed", "global", 1, 10), rep("amy", "global", 1, 10));
        RepLoad zedEarlier = new RepLoad("zed", 0, 0, NOW.minus(Duration.ofHours(2)));
        RepLoad amyLater = new RepLoad("amy", 0, 0, NOW.minus(Duration.ofHours(1)));
        RepLoad zedLater = new RepLoad("zed", 0, 0, NOW.minus(Duration.ofHours(1)));
        RepLoad amyEarlier = new RepLoad("amy", 0, 0, NOW.minus(Duration.ofHours(2)));

        assertThat(ownerOf(new Roster(reps, Map.of("zed", zedEarlier, "amy", amyLater)))).isEqualTo("zed");
        assertThat(ownerOf(new Roster(reps, Map.of("zed", zedLater, "amy", amyEarlier)))).isEqualTo("amy");
        assertThat(ownerOf(new Roster(reps, Map.of("zed", zedEarlier)))).as("never assigned comes first")
                .isEqualTo("amy");
    }

    @Test
    void returnsTheLoadsItChangedForTheCallerToKeep() {
        Roster roster = new Roster(List.of(rep("a", "global", 3, 10), rep("b", "global", 1, 10)),
                Map.of("a", new RepLoad("a", 4, 0, RepLoad.NEVER)));

        RoutingOutcome outcome = Router.route(table(), roster, GLOBAL_LEAD, NOW);

        assertThat(outcome.changedLoads()).containsExactlyInAnyOrder(
                new RepLoad("a", 5, 3 - 4, NOW),
                new RepLoad("b", 0, 1, RepLoad.NEVER));
        assertThat(outcome.changedLoads().stream().mapToLong(RepLoad::credit).sum()).isZero();
    }

    @Test
    void passesOverARepAtCapacity() {
        Roster roster = new Roster(List.of(rep("a", "global", 5, 2), rep("b", "global", 1, 2)),
                Map.of("a", new RepLoad("a", 2, 100, RepLoad.NEVER)));

        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD, NOW).decision();

        assertThat(decision).isEqualTo(new RoutingDecision.Assigned("b", "global", "default",
                AssignmentReason.ROUND_ROBIN,
                "weighted round robin in team global (rule default) among 1 eligible rep(s);"
                        + " unavailable: a at_capacity"));
    }

    @Test
    void passesOverARepOnTimeOffUntilItEnds() {
        Rep away = withTimeOff(rep("a", "global", 5, 10), new TimeOff(NOW.minus(Duration.ofDays(7)), NOW));
        Roster roster = new Roster(List.of(away, rep("b", "global", 1, 10)), Map.of());

        assertThat(ownerOf(roster, NOW.minusMillis(1))).isEqualTo("b");
        assertThat(ownerOf(roster, NOW)).isEqualTo("a");
    }

    @Test
    void passesOverARepOutsideTheirWorkingHoursInTheirOwnTimeZone() {
        Rep newYork = withHours(rep("ny", "global", 1, 10),
                WorkingHours.weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Rep berlin = withHours(rep("ber", "global", 1, 10),
                WorkingHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Roster roster = new Roster(List.of(newYork, berlin), Map.of());

        assertThat(ownerOf(roster, Instant.parse("2026-11-24T13:59:59Z"))).as("08:59 in New York").isEqualTo("ber");
        assertThat(ownerOf(roster, Instant.parse("2026-11-24T16:00:00Z"))).as("17:00 in Berlin").isEqualTo("ny");
        assertThat(Router.route(table(), roster, GLOBAL_LEAD, Instant.parse("2026-11-28T14:00:00Z")).decision())
                .as("a Saturday").isInstanceOf(RoutingDecision.Queued.class);
    }

    @Test
    void followsDaylightSavingTimeInTheRepsZone() {
        WorkingHours hours = WorkingHours.weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0));

        assertThat(hours.isWorkingAt(Instant.parse("2026-03-06T13:30:00Z"))).as("08:30 EST, Friday").isFalse();
        assertThat(hours.isWorkingAt(Instant.parse("2026-03-09T13:30:00Z"))).as("09:30 EDT, Monday").isTrue();
    }

    @Test
    void letsAShiftEndAtMidnight() {
        WorkingHours evenings = new WorkingHours(BERLIN,
                List.of(new WorkingHours.Shift(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)));

        assertThat(evenings.isWorkingAt(Instant.parse("2026-11-24T16:59:59Z"))).as("17:59").isFalse();
        assertThat(evenings.isWorkingAt(Instant.parse("2026-11-24T17:00:00Z"))).as("18:00").isTrue();
        assertThat(evenings.isWorkingAt(Instant.parse("2026-11-24T22:59:59Z"))).as("23:59:59").isTrue();
        assertThat(evenings.isWorkingAt(Instant.parse("2026-11-24T23:00:00Z"))).as("Wednesday 00:00").isFalse();
    }

    @Test
    void givesALeadToTheActiveOwnerOfItsAccount() {
        Roster roster = new Roster(List.of(rep("g", "global", 1, 10), rep("owner", "dach", 1, 10)),
                Map.of("owner", new RepLoad("owner", 3, 7, RepLoad.NEVER)));

        RoutingOutcome outcome = Router.route(table(), roster, GLOBAL_LEAD.withAccountOwner("owner"), NOW);

        assertThat(outcome.decision()).isEqualTo(new RoutingDecision.Assigned("owner", "dach",
                RoutingTable.ACCOUNT_MATCH_RULE_ID, AssignmentReason.ACCOUNT_MATCH,
                "account match: the company is already owned by owner"));
        assertThat(outcome.changedLoads()).containsExactly(new RepLoad("owner", 4, 7, NOW));
    }

    @Test
    void passesOverAnAccountOwnerWhoCannotTakeTheLead() {
        Roster roster = new Roster(List.of(rep("g", "global", 1, 10), rep("owner", "global", 1, 3)),
                Map.of("owner", new RepLoad("owner", 3, 0, RepLoad.NEVER)));

        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD.withAccountOwner("owner"), NOW)
                .decision();

        assertThat(decision.reason()).isEqualTo(AssignmentReason.ROUND_ROBIN);
        assertThat(((RoutingDecision.Assigned) decision).repId()).isEqualTo("g");
        assertThat(decision.explanation()).startsWith("account owner owner passed over (at_capacity); ");
    }

    @Test
    void passesOverAnAccountOwnerWhoIsNoLongerInTheRoster() {
        Roster roster = new Roster(List.of(rep("g", "global", 1, 10)), Map.of());

        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD.withAccountOwner("gone"), NOW)
                .decision();

        assertThat(decision.ruleId()).isEqualTo("default");
        assertThat(decision.explanation()).startsWith("account owner gone passed over (inactive); ");
    }

    @Test
    void queuesTheLeadWithEachRepsReasonWhenNobodyCanTakeIt() {
        Roster roster = new Roster(List.of(
                rep("full", "global", 1, 1),
                withTimeOff(rep("away", "global", 1, 10), new TimeOff(NOW, NOW.plus(Duration.ofDays(1)))),
                inactive(rep("left", "global", 1, 10)),
                withHours(rep("night", "global", 1, 10),
                        WorkingHours.weekdays(BERLIN, LocalTime.of(20, 0), LocalTime.of(23, 0)))),
                Map.of("full", new RepLoad("full", 1, 0, RepLoad.NEVER)));

        RoutingOutcome outcome = Router.route(table(), roster, GLOBAL_LEAD, NOW);

        assertThat(outcome.decision()).isEqualTo(new RoutingDecision.Queued("global", "default",
                "queued in team global (rule default): no rep available; away on_time_off, full at_capacity, "
                        + "left inactive, night outside_working_hours",
                Map.of("full", Ineligibility.AT_CAPACITY, "away", Ineligibility.ON_TIME_OFF,
                        "left", Ineligibility.INACTIVE, "night", Ineligibility.OUTSIDE_WORKING_HOURS)));
        assertThat(outcome.decision().reason()).isEqualTo(AssignmentReason.QUEUE_NO_REP_AVAILABLE);
        assertThat(outcome.changedLoads()).isEmpty();
    }

    @Test
    void queuesTheLeadForATeamWithoutReps() {
        Roster roster = new Roster(List.of(rep("d", "dach", 1, 10)), Map.of());

        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD, NOW).decision();

        assertThat(decision).isInstanceOf(RoutingDecision.Queued.class);
        assertThat(decision.explanation()).endsWith("the team has no reps");
    }

    @Test
    void reassignsToTheNextEligibleRepNotTheSameOne() {
        Roster roster = new Roster(List.of(rep("a", "global", 1, 10), rep("b", "global", 1, 10)),
                Map.of("a", new RepLoad("a", 1, 50, NOW.minus(Duration.ofDays(1)))));

        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD.excluding("a"), NOW).decision();

        assertThat(((RoutingDecision.Assigned) decision).repId()).isEqualTo("b");
        assertThat(decision.explanation()).endsWith("unavailable: a excluded");
    }

    @Test
    void doesNotGiveTheLeadBackToAnExcludedAccountOwner() {
        Roster roster = new Roster(List.of(rep("owner", "global", 1, 10), rep("b", "global", 1, 10)), Map.of());

        RoutingDecision decision = Router.route(table(), roster,
                GLOBAL_LEAD.withAccountOwner("owner").excluding("owner"), NOW).decision();

        assertThat(((RoutingDecision.Assigned) decision).repId()).isEqualTo("b");
        assertThat(decision.reason()).isEqualTo(AssignmentReason.ROUND_ROBIN);
    }

    @Test
    void listsEveryProblemOfARoutingTable() {
        RoutingTable broken = new RoutingTable(List.of(
                new RoutingRule("default", 1, "x", Set.of("UK"), null, null),
                new RoutingRule("emea", 1, " ", null, null, null)),
                null, new SegmentBoundaries(1000, 200));

        assertThat(broken.validate()).containsExactly(
                "rules[0].id 'default' is reserved",
                "rules[0].countries: 'UK' is not an upper-case ISO-3166 alpha-2 code",
                "rules[1].teamId is required",
                "rules: 'default' and 'emea' share priority 1",
                "defaultTeamId is required",
                "segments: need 1 < midMarketFrom < enterpriseFrom, were 1000 and 200");
        assertThat(table().validate()).isEmpty();
    }

    @Test
    void aLeadBelongsToTheTerritoryItsCountryIsInAndTerritoriesMayNotOverlap() {
        RoutingTable mapped = new RoutingTable(List.of(), "x", new SegmentBoundaries(200, 1000), List.of(
                new Territory("DACH", Set.of("DE", "AT", "CH")), new Territory("Nordics", Set.of("SE", "NO"))));
        RoutingTable overlapping = new RoutingTable(List.of(), "x", new SegmentBoundaries(200, 1000), List.of(
                new Territory("DACH", Set.of("DE")), new Territory("Central", Set.of("DE", "PL")),
                new Territory("DACH", Set.of("XX")), new Territory(" ", Set.of())));

        assertThat(mapped.validate()).isEmpty();
        assertThat(mapped.territoryOf("AT")).contains("DACH");
        assertThat(mapped.territoryOf("US")).isEmpty();
        assertThat(mapped.territoryOf(null)).isEmpty();
        assertThat(overlapping.validate()).containsExactlyInAnyOrder(
                "territories[2].countries: 'XX' is not an upper-case ISO-3166 alpha-2 code",
                "territories[3].name is required",
                "territories[3].countries must name at least one country",
                "territories: DE is in both 'DACH' and 'Central'",
                "territories: 'DACH' is named twice");
    }

    @Test
    void listsEveryProblemOfTheReps() {
        Roster broken = new Roster(List.of(
                new Rep("a", "", true, 0, -1, null, List.of()),
                new Rep("a", "global", true, 1, 1, new WorkingHours(null, List.of(
                        new WorkingHours.Shift(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0)))),
                        List.of(new TimeOff(NOW, NOW)))),
                Map.of());

        assertThat(broken.validate()).containsExactly(
                "reps[0].teamId is required",
                "reps[0].weight must be between 1 and 1000, was 0",
                "reps[0].capacity must not be negative, was -1",
                "reps[0].hours is required",
                "reps[1].id: id 'a' is used more than once",
                "reps[1].hours.zone is required",
                "reps[1].hours.shifts[0] must start before it ends (17:00 to 09:00); split shifts that cross midnight",
                "reps[1].timeOff[0] must start before it ends (2026-11-24T12:00:00Z to 2026-11-24T12:00:00Z)");
    }

    @Test
    void refusesToRouteWithAnInvalidConfiguration() {
        Roster roster = new Roster(List.of(rep("a", "global", 0, 10)), Map.of());

        assertThatThrownBy(() -> Router.route(table(), roster, GLOBAL_LEAD, NOW))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .containsExactly("reps[0].weight must be between 1 and 1000, was 0"));
    }

    private static List<String> owners(Roster start, int leads) {
        List<String> owners = new ArrayList<>();
        Roster roster = start;
        for (int i = 0; i < leads; i++) {
            RoutingOutcome outcome = Router.route(table(), roster, GLOBAL_LEAD, NOW.plusSeconds(i));
            owners.add(((RoutingDecision.Assigned) outcome.decision()).repId());
            roster = roster.with(outcome.changedLoads());
        }
        return owners;
    }

    private static String ownerOf(Roster roster) {
        return ownerOf(roster, NOW);
    }

    private static String ownerOf(Roster roster, Instant at) {
        RoutingDecision decision = Router.route(table(), roster, GLOBAL_LEAD, at).decision();
        assertThat(decision).isInstanceOf(RoutingDecision.Assigned.class);
        return ((RoutingDecision.Assigned) decision).repId();
    }
}
