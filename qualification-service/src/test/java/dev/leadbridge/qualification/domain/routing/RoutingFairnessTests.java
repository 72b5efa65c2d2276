package dev.leadbridge.qualification.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.events.payload.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulates 10,000 leads arriving at one team, leads closing after random times, and checks the weighted round robin
 * against the weights while capacity, time off and working hours are honoured. The measured shares are printed.
 * <p>
 * Tolerance: each rep's measured share is within {@value #TOLERANCE_PP} percentage points of its due share. With every
 * rep always available the due share is the weight's share; otherwise each lead's due share is split among the reps
 * available for that lead, by weight, so time off and full inboxes lower a rep's due share, not their fairness.
 */
class RoutingFairnessTests {

    private static final int LEADS = 10_000;
    private static final double TOLERANCE_PP = 2.0;
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final RoutingTable TABLE = new RoutingTable(List.of(), "team", new SegmentBoundaries(200, 1000));
    private static final RoutingRequest LEAD = RoutingRequest.of("DE", 500, Channel.ORGANIC_SEARCH);

    @Test
    void sharesFollowTheWeightsOverTenThousandAssignments() {
        List<Rep> reps = List.of(
                RoutingFixtures.rep("anna", "team", 4, 40),
                RoutingFixtures.rep("ben", "team", 3, 30),
                RoutingFixtures.rep("cara", "team", 2, 20),
                RoutingFixtures.rep("dan", "team", 1, 10));

        Simulation result = simulate(reps, Duration.ofMinutes(6), Duration.ofHours(9), 1L);

        result.print("weights 4:3:2:1, always available, leads closing after 30 min to 9.5 h");
        assertThat(result.violations).isEmpty();
        assertThat(result.queued).isZero();
        assertThat(result.assigned()).isEqualTo(LEADS);
        for (Rep rep : reps) {
            double weightShare = 100.0 * rep.weight() / 10;
            assertThat(result.sharePercent(rep.id())).as(rep.id())
                    .isCloseTo(weightShare, within(TOLERANCE_PP));
        }
    }

    @Test
    void staysFairAmongAvailableRepsWhileHonouringCapacityTimeOffAndWorkingHours() {
        WorkingHours berlinDay = WorkingHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0),
                LocalTime.of(18, 0));
        WorkingHours newYorkDay = WorkingHours.weekdays(ZoneId.of("America/New_York"), LocalTime.of(8, 0),
                LocalTime.of(18, 0));
        List<Rep> reps = List.of(
                new Rep("anna", "team", true, 3, 12, berlinDay, List.of()),
                new Rep("ben", "team", true, 2, 8, newYorkDay, List.of()),
                new Rep("cara", "team", true, 2, 8, WorkingHours.always(ZoneOffset.UTC), List.of(
                        new TimeOff(START.plus(Duration.ofDays(20)), START.plus(Duration.ofDays(34))))),
                new Rep("dan", "team", true, 1, 5, berlinDay, List.of(
                        new TimeOff(START.plus(Duration.ofDays(3)), START.plus(Duration.ofDays(6))),
                        new TimeOff(START.plus(Duration.ofDays(45)), START.plus(Duration.ofDays(52))))));

        Simulation result = simulate(reps, Duration.ofMinutes(10), Duration.ofHours(5), 2L);

        result.print("weights 3:2:2:1, Berlin and New York office hours, time off, capacities 12/8/8/5,"
                + " a lead every 10 min around the clock closing after 30 min to 5.5 h");
        assertThat(result.violations).isEmpty();
        assertThat(result.fullInboxes).as("the scenario makes capacity bite").isPositive();
        assertThat(result.absences).as("the scenario makes time off bite").isPositive();
        assertThat(result.queued).as("nights and weekends when only cara works and her inbox is full").isPositive();
        for (Rep rep : reps) {
            assertThat(result.sharePercent(rep.id())).as(rep.id())
                    .isCloseTo(result.duePercent(rep.id()), within(TOLERANCE_PP));
        }
    }

    /**
     * Routes {@link #LEADS} leads, one every {@code interval}, each closing 30 minutes plus a random part of
     * {@code spread} after it was assigned; checks every assignment against an independent reading of the rules.
     */
    private static Simulation simulate(List<Rep> reps, Duration interval, Duration spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Simulation simulation = new Simulation(reps);
        Roster roster = new Roster(reps, Map.of());
        Map<String, Integer> open = new HashMap<>();
        PriorityQueue<Closing> closings = new PriorityQueue<>();
        for (int lead = 0; lead < LEADS; lead++) {
            Instant at = START.plus(interval.multipliedBy(lead));
            while (!closings.isEmpty() && !closings.peek().at().isAfter(at)) {
                open.merge(closings.poll().repId(), -1, Integer::sum);
            }
            roster = withOpenLeads(roster, open);
            List<Rep> available = reps.stream().filter(rep -> availableByTheBook(rep, open, at)).toList();
            simulation.countConstraints(reps, open, at);
            RoutingOutcome outcome = Router.route(TABLE, roster, LEAD, at);
            if (outcome.decision() instanceof RoutingDecision.Assigned assigned) {
                simulation.record(assigned.repId(), available, at);
                open.merge(assigned.repId(), 1, Integer::sum);
                closings.add(new Closing(at.plus(Duration.ofMinutes(30))
                        .plusSeconds(random.nextLong(spread.toSeconds())), assigned.repId()));
                roster = roster.with(outcome.changedLoads());
            } else {
                simulation.queued++;
                assertThat(available).as("queued at %s although someone was available", at).isEmpty();
            }
        }
        return simulation;
    }

    private static Roster withOpenLeads(Roster roster, Map<String, Integer> open) {
        List<RepLoad> loads = roster.reps().stream().map(rep -> roster.loadOf(rep.id()))
                .map(load -> new RepLoad(load.repId(), open.getOrDefault(load.repId(), 0), load.credit(),
                        load.lastAssignedAt()))
                .toList();
        return roster.with(loads);
    }

    /** The rules read independently of the code under test: below capacity, not away, inside office hours. */
    private static boolean availableByTheBook(Rep rep, Map<String, Integer> open, Instant at) {
        boolean belowCapacity = open.getOrDefault(rep.id(), 0) < rep.capacity();
        boolean away = rep.timeOff().stream().anyMatch(off -> !at.isBefore(off.start()) && at.isBefore(off.end()));
        ZonedDateTime local = at.atZone(rep.hours().zone());
        boolean officeHours = rep.hours().shifts().size() == 7
                || local.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0
                        && local.getHour() >= 8 && local.getHour() < 18;
        return rep.active() && belowCapacity && !away && officeHours;
    }

    private record Closing(Instant at, String repId) implements Comparable<Closing> {

        @Override
        public int compareTo(Closing other) {
            return at.compareTo(other.at);
        }
    }

    /** Counts, due shares and rule violations of one simulation run. */
    private static final class Simulation {

        private final List<Rep> reps;
        private final Map<String, Integer> assignedTo = new LinkedHashMap<>();
        private final Map<String, Double> due = new HashMap<>();
        private final List<String> violations = new ArrayList<>();
        private int queued;
        /** Times a rep was passed over for a full inbox or for time off: proof the constraints were exercised. */
        private int fullInboxes;
        private int absences;

        Simulation(List<Rep> reps) {
            this.reps = reps;
            reps.forEach(rep -> assignedTo.put(rep.id(), 0));
        }

        void record(String repId, List<Rep> available, Instant at) {
            assignedTo.merge(repId, 1, Integer::sum);
            if (available.stream().noneMatch(rep -> rep.id().equals(repId))) {
                violations.add(repId + " got a lead at " + at + " while unavailable");
            }
            int totalWeight = available.stream().mapToInt(Rep::weight).sum();
            available.forEach(rep -> due.merge(rep.id(), (double) rep.weight() / totalWeight, Double::sum));
        }

        void countConstraints(List<Rep> reps, Map<String, Integer> open, Instant at) {
            for (Rep rep : reps) {
                if (open.getOrDefault(rep.id(), 0) >= rep.capacity()) {
                    fullInboxes++;
                }
                if (rep.timeOff().stream().anyMatch(off -> !at.isBefore(off.start()) && at.isBefore(off.end()))) {
                    absences++;
                }
            }
        }

        int assigned() {
            return assignedTo.values().stream().mapToInt(Integer::intValue).sum();
        }

        double sharePercent(String repId) {
            return 100.0 * assignedTo.get(repId) / assigned();
        }

        double duePercent(String repId) {
            return 100.0 * due.getOrDefault(repId, 0.0) / assigned();
        }

        void print(String scenario) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%nRouting fairness, %s: %,d leads, %,d assigned, %,d queued"
                            + " (reps found at capacity %,d times, on time off %,d times)%n",
                    scenario, LEADS, assigned(), queued, fullInboxes, absences));
            out.append(String.format(Locale.ROOT, "  %-5s %6s %9s %9s %9s %9s%n", "rep", "weight", "leads", "due",
                    "measured", "diff"));
            for (Rep rep : reps) {
                double measured = sharePercent(rep.id());
                double duePercent = duePercent(rep.id());
                double diff = Math.abs(measured - duePercent) < 0.005 ? 0 : measured - duePercent;
                out.append(String.format(Locale.ROOT, "  %-5s %6d %9d %8.2f%% %8.2f%% %+6.2f pp%n", rep.id(),
                        rep.weight(), assignedTo.get(rep.id()), duePercent, measured, diff));
            }
            System.out.print(out);
        }
    }
}
