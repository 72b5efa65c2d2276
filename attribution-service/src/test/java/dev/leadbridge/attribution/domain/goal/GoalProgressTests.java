package dev.leadbridge.attribution.domain.goal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.attribution.domain.goal.Goal.Scope.Dimension;
import dev.leadbridge.attribution.domain.goal.GoalPeriod.Cadence;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoalProgressTests {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-02");
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void aCountIsOnTrackWhenItKeepsPaceWithTheShareOfThePeriodGone() {
        Goal goal = goal(GoalMetric.MQLS, "100", null, Cadence.WEEK, null);
        List<LeadFacts> leads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            leads.add(mql(START.plus(Duration.ofHours(i)), "paid_search"));
        }

        GoalProgress halfway = GoalProgress.of(goal, leads, START.plus(Duration.ofHours(84)));
        GoalProgress whole = GoalProgress.of(goal, leads, START.plus(Duration.ofDays(30)));

        assertThat(halfway.actual()).isEqualByComparingTo("40");
        assertThat(halfway.expectedByNow()).isEqualByComparingTo("50");
        assertThat(halfway.percentOfTarget()).isEqualByComparingTo("40");
        assertThat(halfway.status()).as("40 of 50 due: at risk from 80 %").isEqualTo(GoalProgress.Status.AT_RISK);
        assertThat(whole.expectedByNow()).isEqualByComparingTo("100");
        assertThat(whole.status()).isEqualTo(GoalProgress.Status.OFF_TRACK);
        assertThat(GoalProgress.of(goal, leads, START.plus(Duration.ofHours(20))).status())
                .isEqualTo(GoalProgress.Status.ON_TRACK);
    }

    @Test
    void aScopedGoalCountsOnlyItsLeadsAndShowsEachWeeksFigure() {
        Goal goal = goal(GoalMetric.MQLS, "10", null, Cadence.MONTH, new Goal.Scope(Dimension.TERRITORY, "DACH"));
        List<LeadFacts> leads = List.of(mql(START.plus(Duration.ofDays(1)), "paid_search"),
                mql(START.plus(Duration.ofDays(8)), "paid_search"), mql(START.plus(Duration.ofDays(9)), "email"),
                new LeadFacts(Map.of(Dimension.TERRITORY, "Nordics"), START, List.of(), null, null, List.of()));

        GoalProgress progress = GoalProgress.of(goal, leads, START.plus(Duration.ofDays(10)));

        assertThat(progress.actual()).isEqualByComparingTo("3");
        assertThat(progress.trend()).extracting(week -> week.actual().intValue()).containsExactly(1, 2);
        assertThat(progress.trend().get(1).to()).isEqualTo(START.plus(Duration.ofDays(10)));
    }

    @Test
    void ratesAndDurationsAreJudgedAsTheyStandAndWithoutDataSayNothing() {
        LeadFacts judged = new LeadFacts(Map.of(), START, List.of(
                new LeadFacts.Decision(START.plusSeconds(10), true),
                new LeadFacts.Decision(START.plusSeconds(20), false),
                new LeadFacts.Decision(START.plusSeconds(30), true)), null, null, List.of(
                new LeadFacts.Clock(START, false, Duration.ofMinutes(10)),
                new LeadFacts.Clock(START, false, Duration.ofMinutes(50)),
                new LeadFacts.Clock(START, true, null)));
        Instant asOf = START.plus(Duration.ofDays(2));

        GoalProgress acceptance = GoalProgress.of(goal(GoalMetric.MQL_ACCEPTANCE_RATE, "0.7", null, Cadence.WEEK,
                null), List.of(judged), asOf);
        GoalProgress speed = GoalProgress.of(goal(GoalMetric.MEDIAN_SPEED_TO_LEAD, "900", null, Cadence.WEEK, null),
                List.of(judged), asOf);
        GoalProgress sla = GoalProgress.of(goal(GoalMetric.SLA_COMPLIANCE, "0.9", null, Cadence.WEEK, null),
                List.of(judged), asOf);
        GoalProgress nothing = GoalProgress.of(goal(GoalMetric.WIN_RATE, "0.3", null, Cadence.WEEK, null),
                List.of(judged), asOf);

        assertThat(acceptance.actual()).isEqualByComparingTo("0.6667");
        assertThat(acceptance.status()).isEqualTo(GoalProgress.Status.AT_RISK);
        assertThat(acceptance.expectedByNow()).isNull();
        assertThat(speed.actual()).as("nearest-rank median of 10 and 50 minutes").isEqualByComparingTo("600");
        assertThat(speed.status()).isEqualTo(GoalProgress.Status.ON_TRACK);
        assertThat(sla.actual()).isEqualByComparingTo("0.6667");
        assertThat(sla.status()).isEqualTo(GoalProgress.Status.OFF_TRACK);
        assertThat(nothing.actual()).isNull();
        assertThat(nothing.status()).isEqualTo(GoalProgress.Status.NO_DATA);
    }

    @Test
    void amountsCountInTheGoalsCurrencyOnly() {
        List<LeadFacts> leads = List.of(
                closed(START.plusSeconds(60), true, "1000.00", "EUR"),
                closed(START.plusSeconds(90), true, "500.00", "USD"),
                closed(START.plusSeconds(120), false, "700.00", "EUR"));

        GoalProgress revenue = GoalProgress.of(goal(GoalMetric.REVENUE_WON, "4000", "EUR", Cadence.WEEK, null),
                leads, START.plus(Duration.ofDays(7)));
        GoalProgress winRate = GoalProgress.of(goal(GoalMetric.WIN_RATE, "0.5", null, Cadence.WEEK, null), leads,
                START.plus(Duration.ofDays(7)));

        assertThat(revenue.actual()).isEqualByComparingTo("1000.00");
        assertThat(revenue.percentOfTarget()).isEqualByComparingTo("25");
        assertThat(winRate.actual()).isEqualByComparingTo("0.6667");
    }

    @Test
    void everyProblemOfTheGoalsIsNamed() {
        GoalSet goals = new GoalSet(List.of(
                new Goal("g1", "", null, null, null, null, null, Set.of()),
                new Goal("g1", "Rate", GoalMetric.WIN_RATE, new BigDecimal("1.5"), "EUR",
                        new GoalPeriod(Cadence.MONTH, MONDAY), new Goal.Scope(Dimension.TEAM, " "),
                        Set.of(Goal.Owner.SALES)),
                new Goal("g3", "Money", GoalMetric.REVENUE_WON, new BigDecimal("100"), "EURO",
                        new GoalPeriod(Cadence.QUARTER, MONDAY), null, Set.of(Goal.Owner.MARKETING)),
                new Goal("g4", "Count", GoalMetric.SALS, new BigDecimal("2.5"), null,
                        new GoalPeriod(null, null), null, Set.of(Goal.Owner.MARKETING))));

        assertThat(goals.validate()).containsExactly(
                "goals[0].name is required",
                "goals[0].metric is required",
                "goals[0].period is required",
                "goals[0].owners must name marketing, sales or both",
                "goals[1].id: id 'g1' is used more than once",
                "goals[1].target of win_rate is a share, at most 1",
                "goals[1].currency is only for amounts",
                "goals[1].scope.value is required",
                "goals[2].currency must be an ISO-4217 code for revenue_won",
                "goals[3].target of sals is a whole number",
                "goals[3].period.cadence is required",
                "goals[3].period.start is required");
    }

    private static Goal goal(GoalMetric metric, String target, String currency, Cadence cadence, Goal.Scope scope) {
        return new Goal("goal", "A goal", metric, new BigDecimal(target), currency, new GoalPeriod(cadence, MONDAY),
                scope, Set.of(Goal.Owner.MARKETING, Goal.Owner.SALES));
    }

    private static LeadFacts mql(Instant at, String channel) {
        return new LeadFacts(Map.of(Dimension.TERRITORY, "DACH", Dimension.CHANNEL, channel), at, List.of(), null,
                null, List.of());
    }

    private static LeadFacts closed(Instant at, boolean won, String amount, String currency) {
        return new LeadFacts(Map.of(), null, List.of(), null,
                new LeadFacts.Close(at, won, new BigDecimal(amount), currency), List.of());
    }
}
