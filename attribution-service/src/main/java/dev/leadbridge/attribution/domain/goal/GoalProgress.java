package dev.leadbridge.attribution.domain.goal;

import dev.leadbridge.attribution.domain.kpi.Percentiles;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where a goal stands as of an instant, measured on the leads it scopes.
 * <p>
 * <b>Pace.</b> A count or an amount adds up over the period, so by any instant the share of the target due is the
 * share of the period gone ({@code expectedByNow}); it is on track at or above that, at risk from
 * {@value #AT_RISK_SHARE} of it, off track below. A rate is judged as it stands against the target (at risk from
 * {@value #RATE_AT_RISK_SHARE} of it), a duration the other way round (at risk up to {@value #DURATION_AT_RISK_FACTOR}
 * times the target). A rate or duration with nothing to measure yet has no data.
 *
 * @param actual          the figure so far: a count, an amount, a share or seconds; null without data
 * @param percentOfTarget {@code actual ⁄ target × 100}; for a duration, under 100 is better
 * @param expectedByNow   for counts and amounts, the share of the target due by now; null otherwise
 * @param trend           the figure of each week of the period so far (the last one partial), oldest first
 */
public record GoalProgress(String goalId, BigDecimal actual, BigDecimal target, BigDecimal percentOfTarget,
                           BigDecimal expectedByNow, Status status, List<Week> trend) {

    static final double AT_RISK_SHARE = 0.8;
    static final double RATE_AT_RISK_SHARE = 0.9;
    static final double DURATION_AT_RISK_FACTOR = 1.25;
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    public enum Status { ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA }

    /** One week's figure: {@code [from, to)} clipped to the period and to the instant of the report. */
    public record Week(Instant from, Instant to, BigDecimal actual) {
    }

    /** The goal's progress as of {@code asOf}, over {@code leads} (every lead; the goal's scope picks its own). */
    public static GoalProgress of(Goal goal, List<LeadFacts> leads, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<LeadFacts> scoped = leads.stream().filter(lead -> lead.in(goal.scope())).toList();
        Instant start = goal.period().window().from();
        Instant end = goal.period().window().to();
        Instant until = asOf.isBefore(end) ? (asOf.isAfter(start) ? asOf : start) : end;
        BigDecimal actual = measure(goal, scoped, start, until);
        BigDecimal expected = goal.metric().accumulates() ? goal.target().multiply(BigDecimal.valueOf(
                (double) Duration.between(start, until).toSeconds() / Duration.between(start, end).toSeconds()))
                .round(PRECISION) : null;
        BigDecimal percent = actual == null ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(goal.target(), 2, RoundingMode.HALF_EVEN);
        return new GoalProgress(goal.id(), actual, goal.target(), percent, expected,
                status(goal, actual, expected), weeks(goal, scoped, start, until));
    }

    private static Status status(Goal goal, BigDecimal actual, BigDecimal expected) {
        if (actual == null) {
            return Status.NO_DATA;
        }
        double value = actual.doubleValue();
        double target = goal.target().doubleValue();
        return switch (goal.metric().kind()) {
            case COUNT, MONEY -> value >= expected.doubleValue() ? Status.ON_TRACK
                    : value >= AT_RISK_SHARE * expected.doubleValue() ? Status.AT_RISK : Status.OFF_TRACK;
            case RATE -> value >= target ? Status.ON_TRACK
                    : value >= RATE_AT_RISK_SHARE * target ? Status.AT_RISK : Status.OFF_TRACK;
            case DURATION -> value <= target ? Status.ON_TRACK
                    : value <= DURATION_AT_RISK_FACTOR * target ? Status.AT_RISK : Status.OFF_TRACK;
        };
    }

    private static List<Week> weeks(Goal goal, List<LeadFacts> scoped, Instant start, Instant until) {
        List<Week> weeks = new ArrayList<>();
        for (Instant from = start; from.isBefore(until); from = from.plus(Duration.ofDays(7))) {
            Instant to = from.plus(Duration.ofDays(7)).isBefore(until) ? from.plus(Duration.ofDays(7)) : until;
            weeks.add(new Week(from, to, measure(goal, scoped, from, to)));
        }
        return weeks;
    }

    /** The metric over {@code [from, to)}; null for a rate or duration with nothing to measure. */
    static BigDecimal measure(Goal goal, List<LeadFacts> leads, Instant from, Instant to) {
        Predicate<Instant> in = at -> at != null && !at.isBefore(from) && at.isBefore(to);
        return switch (goal.metric()) {
            case MQLS -> BigDecimal.valueOf(leads.stream().filter(lead -> in.test(lead.mqlAt())).count());
            case SALS -> BigDecimal.valueOf(decisions(leads, in).filter(LeadFacts.Decision::accepted).count());
            case MQL_ACCEPTANCE_RATE -> share(decisions(leads, in).filter(LeadFacts.Decision::accepted).count(),
                    decisions(leads, in).count());
            case SLA_COMPLIANCE -> share(clocks(leads, in).filter(clock -> !clock.breached()).count(),
                    clocks(leads, in).count());
            case MEDIAN_SPEED_TO_LEAD -> medianSeconds(clocks(leads, in).map(LeadFacts.Clock::decidedAfter)
                    .filter(Objects::nonNull).mapToLong(Duration::toSeconds).sorted().toArray());
            case PIPELINE_CREATED -> leads.stream().map(LeadFacts::conversion)
                    .filter(money -> money != null && in.test(money.at()) && goal.currency().equals(money.currency())
                            && money.amount() != null)
                    .map(LeadFacts.Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            case REVENUE_WON -> leads.stream().map(LeadFacts::close)
                    .filter(close -> close != null && close.won() && in.test(close.at())
                            && goal.currency().equals(close.currency()) && close.amount() != null)
                    .map(LeadFacts.Close::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            case WIN_RATE -> share(closes(leads, in).filter(LeadFacts.Close::won).count(), closes(leads, in).count());
        };
    }

    private static Stream<LeadFacts.Decision> decisions(List<LeadFacts> leads, Predicate<Instant> in) {
        return leads.stream().flatMap(lead -> lead.decisions().stream()).filter(decision -> in.test(decision.at()));
    }

    private static Stream<LeadFacts.Clock> clocks(List<LeadFacts> leads, Predicate<Instant> in) {
        return leads.stream().flatMap(lead -> lead.clocks().stream()).filter(clock -> in.test(clock.startedAt()));
    }

    private static Stream<LeadFacts.Close> closes(List<LeadFacts> leads, Predicate<Instant> in) {
        return leads.stream().map(LeadFacts::close).filter(close -> close != null && in.test(close.at()));
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal medianSeconds(long[] sorted) {
        return sorted.length == 0 ? null : BigDecimal.valueOf(Percentiles.nearestRank(sorted, 50));
    }
}
