package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.TUESDAY_NOON_UTC;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.inactive;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.rep;
import static dev.leadbridge.qualification.domain.routing.RoutingFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoutingInTurnTests {

    private static final Instant NOW = TUESDAY_NOON_UTC;

    @Test
    void decidesWhatRoutingTheLeadsOneByOneDecides() {
        Roster roster = new Roster(List.of(rep("g1", "global", 3, 40), rep("g2", "global", 1, 40),
                rep("g3", "global", 2, 5), rep("d1", "dach", 1, 3), rep("d2", "dach", 2, 40),
                inactive(rep("e1", "dach-enterprise", 1, 40))), Map.of());
        List<RoutingInTurn.Candidate> candidates = randomLeads(200, new Random(7));

        RoutingInTurn.Outcome batch = RoutingInTurn.route(table(), roster, candidates, Map.of("known.example", "g2"),
                NOW);

        Roster current = roster;
        Map<String, String> owners = new HashMap<>(Map.of("known.example", "g2"));
        List<RoutingDecision> oneByOne = new ArrayList<>();
        for (RoutingInTurn.Candidate candidate : candidates) {
            boolean known = !candidate.companyDomain().isEmpty();
            String owner = known ? owners.get(candidate.companyDomain()) : null;
            RoutingRequest request = owner == null ? candidate.request()
                    : candidate.request().withAccountOwner(owner);
            RoutingOutcome outcome = Router.route(table(), current, request, NOW);
            oneByOne.add(outcome.decision());
            current = current.with(outcome.changedLoads());
            if (known && outcome.decision() instanceof RoutingDecision.Assigned assigned) {
                owners.put(candidate.companyDomain(), assigned.repId());
            }
        }
        assertThat(batch.decisions()).containsExactlyElementsOf(oneByOne);
        for (RepLoad load : batch.changedLoads()) {
            assertThat(load).isEqualTo(current.loadOf(load.repId()));
        }
        assertThat(batch.decisions()).anyMatch(RoutingDecision.Queued.class::isInstance)
                .anyMatch(decision -> decision.reason() == AssignmentReason.ACCOUNT_MATCH);
    }

    @Test
    void aLaterLeadOfTheSameCompanyGoesToTheRepTheEarlierOneGot() {
        Roster roster = new Roster(List.of(rep("g1", "global", 1, 40), rep("g2", "global", 1, 40)), Map.of());

        RoutingInTurn.Outcome outcome = RoutingInTurn.route(table(), roster, List.of(
                lead("acme.example"), lead("other.example"), lead("acme.example"), lead(null)), Map.of(), NOW);

        List<RoutingDecision> decisions = outcome.decisions();
        assertThat(repOf(decisions.get(0))).isEqualTo("g1");
        assertThat(repOf(decisions.get(1))).isEqualTo("g2");
        assertThat(repOf(decisions.get(2))).isEqualTo("g1");
        assertThat(decisions.get(2).reason()).isEqualTo(AssignmentReason.ACCOUNT_MATCH);
        assertThat(decisions.get(3).reason()).isEqualTo(AssignmentReason.ROUND_ROBIN);
    }

    @Test
    void capacityHoldsAcrossTheBatchAndTheRestQueues() {
        Roster roster = new Roster(List.of(rep("g1", "global", 1, 2)),
                Map.of("g1", new RepLoad("g1", 1, 0, RepLoad.NEVER)));

        RoutingInTurn.Outcome outcome = RoutingInTurn.route(table(), roster,
                List.of(lead(null), lead(null), lead(null)), Map.of(), NOW);

        assertThat(outcome.decisions()).extracting(RoutingDecision::getClass).containsExactly(
                RoutingDecision.Assigned.class, RoutingDecision.Queued.class, RoutingDecision.Queued.class);
        assertThat(outcome.changedLoads()).containsExactly(new RepLoad("g1", 2, 0, NOW));
    }

    @Test
    void anEmptyBatchDecidesNothingAndChangesNothing() {
        Roster roster = new Roster(List.of(rep("g1", "global", 1, 2)), Map.of());

        RoutingInTurn.Outcome outcome = RoutingInTurn.route(table(), roster, List.of(), Map.of(), NOW);

        assertThat(outcome.decisions()).isEmpty();
        assertThat(outcome.changedLoads()).isEmpty();
    }

    @Test
    void anInvalidRosterFailsTheBatch() {
        Roster roster = new Roster(List.of(rep("g1", "global", 0, 2)), Map.of());

        assertThatThrownBy(() -> RoutingInTurn.route(table(), roster, List.of(lead(null)), Map.of(), NOW))
                .isInstanceOf(InvalidDocumentException.class);
    }

    private static RoutingInTurn.Candidate lead(String domain) {
        return new RoutingInTurn.Candidate(domain, RoutingRequest.of("US", 50, Channel.PAID_SEARCH));
    }

    private static String repOf(RoutingDecision decision) {
        return ((RoutingDecision.Assigned) decision).repId();
    }

    private static List<RoutingInTurn.Candidate> randomLeads(int count, Random random) {
        List<String> countries = List.of("DE", "AT", "US", "FR", "");
        List<String> domains = List.of("known.example", "a.example", "b.example", "");
        List<RoutingInTurn.Candidate> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            RoutingRequest request = RoutingRequest.of(countries.get(random.nextInt(countries.size())),
                    random.nextInt(3) * 600, channel);
            leads.add(new RoutingInTurn.Candidate(domains.get(random.nextInt(domains.size())), request));
        }
        return leads;
    }
}
