package dev.leadbridge.attribution.domain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.attribution.domain.goal.Goal.Scope.Dimension;
import dev.leadbridge.attribution.domain.goal.LeadFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchFiguresTests {

    private static final LocalDate DAY = LocalDate.parse("2026-10-01");
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Launch ROUTING = new Launch("routing", "Routing 2.0", DAY, Set.of("routing-ads", "routing-web"));

    @Test
    void aLaunchCountsTheLeadsOfItsCampaignsSinceItLaunched() {
        List<LeadFacts> leads = List.of(
                lead("routing-ads", START.plusSeconds(3600), START.plusSeconds(7200),
                        List.of(new LeadFacts.Decision(START.plus(Duration.ofHours(5)), true)),
                        new LeadFacts.Money(START.plus(Duration.ofDays(2)), new BigDecimal("5000.00"), "EUR"),
                        new LeadFacts.Close(START.plus(Duration.ofDays(9)), true, new BigDecimal("4500.00"), "EUR")),
                lead("routing-web", START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)),
                        List.of(new LeadFacts.Decision(START.plus(Duration.ofDays(2)), false, "not_a_fit")), null,
                        null),
                lead("routing-web", START.plus(Duration.ofDays(3)), null, List.of(), null, null),
                lead("routing-ads", START.minusSeconds(1), START, List.of(), null, null),
                lead("other", START.plusSeconds(60), START.plusSeconds(60), List.of(), null, null));

        LaunchFigures figures = LaunchFigures.of(ROUTING, leads, START.plus(Duration.ofDays(30)));

        assertThat(figures.leads()).as("captured before the launch or from another campaign left out").isEqualTo(3);
        assertThat(figures.mqls()).isEqualTo(2);
        assertThat(figures.sals()).isEqualTo(1);
        assertThat(figures.opportunities()).isEqualTo(1);
        assertThat(figures.won()).isEqualTo(1);
        assertThat(figures.acceptanceRate()).isEqualByComparingTo("0.5");
        assertThat(figures.rejectionReasons()).containsExactly(Map.entry("not_a_fit", 1L));
        assertThat(figures.timeToFirstSal()).isEqualTo(Duration.ofHours(5));
        assertThat(figures.pipeline()).containsExactly(Map.entry("EUR", new BigDecimal("5000.00")));
        assertThat(figures.revenueWon()).containsExactly(Map.entry("EUR", new BigDecimal("4500.00")));
        assertThat(LaunchFigures.of(ROUTING, leads, START.plus(Duration.ofHours(4))).sals()).isZero();
    }

    @Test
    void theLaunchBeforeIsTheLatestEarlierOne() {
        Launch first = new Launch("first", "First", DAY.minusMonths(6), Set.of("a"));
        Launch second = new Launch("second", "Second", DAY.minusMonths(2), Set.of("b"));
        LaunchSet launches = new LaunchSet(List.of(ROUTING, first, second));

        assertThat(launches.previous(ROUTING)).contains(second);
        assertThat(launches.previous(first)).isEmpty();
        assertThat(new LaunchSet(List.of(new Launch("x", " ", null, Set.of()), first, first)).validate())
                .containsExactly("launches[0].name is required", "launches[0].launchedOn is required",
                        "launches[0].campaigns must name at least one campaign",
                        "launches[2].id: id 'first' is used more than once");
    }

    private static LeadFacts lead(String campaign, Instant capturedAt, Instant mqlAt, List<LeadFacts.Decision> decisions,
                                  LeadFacts.Money conversion, LeadFacts.Close close) {
        return new LeadFacts(Map.of(Dimension.CAMPAIGN, campaign), mqlAt, decisions, conversion, close, List.of(),
                capturedAt);
    }
}
