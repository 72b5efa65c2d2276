package dev.leadbridge.attribution.domain.goal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What goals count of one lead: where it belongs and when it reached each milestone.
 *
 * @param groups     the lead's channel, campaign, country, territory and team, by scope dimension
 * @param decisions  sales' decisions on it (accepted or rejected), each with its time
 * @param conversion the opportunity it became, if it did
 * @param close      how its deal closed, if it did
 * @param clocks     its SLA clocks that have an outcome
 * @param capturedAt when it was captured; null where only later milestones matter
 */
public record LeadFacts(Map<Goal.Scope.Dimension, String> groups, Instant mqlAt, List<Decision> decisions,
                        Money conversion, Close close, List<Clock> clocks, Instant capturedAt) {

    /** A lead whose capture time does not matter to the caller. */
    public LeadFacts(Map<Goal.Scope.Dimension, String> groups, Instant mqlAt, List<Decision> decisions,
                     Money conversion, Close close, List<Clock> clocks) {
        this(groups, mqlAt, decisions, conversion, close, clocks, null);
    }

    public LeadFacts {
        groups = Map.copyOf(groups);
        decisions = List.copyOf(decisions);
        clocks = List.copyOf(clocks);
    }

    /** Sales accepted or rejected the lead; a rejection names its reason ({@code not_a_fit}). */
    public record Decision(Instant at, boolean accepted, String reason) {

        public Decision(Instant at, boolean accepted) {
            this(at, accepted, null);
        }
    }

    public record Money(Instant at, BigDecimal amount, String currency) {
    }

    public record Close(Instant at, boolean won, BigDecimal amount, String currency) {
    }

    /**
     * An SLA clock with an outcome.
     *
     * @param decidedAfter wall time to sales' decision; null for a breach without one
     */
    public record Clock(Instant startedAt, boolean breached, Duration decidedAfter) {

        public Clock {
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    boolean in(Goal.Scope scope) {
        return scope == null || scope.value().equals(groups.get(scope.dimension()));
    }
}
