package dev.leadbridge.attribution.domain.goal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a shared goal measures, from the read model both teams see. Counts and amounts add up over the period, so by
 * any day of it a fair share of the target is expected; rates and durations are judged as they stand.
 */
public enum GoalMetric {

    /** Leads that became MQLs in the period. */
    MQLS(Kind.COUNT),
    /** MQLs sales accepted in the period. */
    SALS(Kind.COUNT),
    /** Of sales' decisions in the period, the share accepted. */
    MQL_ACCEPTANCE_RATE(Kind.RATE),
    /** Of the SLA clocks started in the period that have an outcome, the share met. */
    SLA_COMPLIANCE(Kind.RATE),
    /** The median wall time from assignment to sales' decision of the clocks started in the period, in seconds. */
    MEDIAN_SPEED_TO_LEAD(Kind.DURATION),
    /** The expected amounts of the opportunities created in the period, in the goal's currency. */
    PIPELINE_CREATED(Kind.MONEY),
    /** The amounts of the deals won in the period, in the goal's currency. */
    REVENUE_WON(Kind.MONEY),
    /** Of the deals closed in the period, the share won. */
    WIN_RATE(Kind.RATE);

    /** How a metric's figure behaves over a period. */
    public enum Kind {
        /** Adds up over the period; more is better. */
        COUNT,
        /** Adds up over the period in one currency; more is better. */
        MONEY,
        /** A share between 0 and 1 as it stands; more is better. */
        RATE,
        /** Seconds as they stand; less is better. */
        DURATION
    }

    private final Kind kind;

    GoalMetric(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a share of the target is due by each day of the period (counts and amounts). */
    public boolean accumulates() {
        return kind == Kind.COUNT || kind == Kind.MONEY;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GoalMetric> fromWire(String wire) {
        return Arrays.stream(values()).filter(metric -> metric.wire().equals(wire)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(GoalMetric::wire).collect(Collectors.joining(", "));
    }
}
