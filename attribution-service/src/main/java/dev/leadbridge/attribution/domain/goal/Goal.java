package dev.leadbridge.attribution.domain.goal;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/**
 * A shared SMART goal: a metric from a fixed list, a target, a period, an optional scope and the teams that own it.
 *
 * @param id       stable, so a goal's progress can be followed from week to week
 * @param target   a count, an amount in {@code currency}, a share between 0 and 1, or seconds
 * @param currency required for amounts, absent otherwise
 * @param scope    the leads it counts; absent for all
 * @param owners   {@code marketing}, {@code sales} or both
 */
public record Goal(String id, String name, GoalMetric metric, BigDecimal target, String currency, GoalPeriod period,
                   Scope scope, Set<Owner> owners) {

    public enum Owner { MARKETING, SALES }

    /**
     * What a goal's leads have in common: a channel, campaign, country, territory or team, or a launch (its id: the
     * leads captured from the launch's campaigns since it launched).
     */
    public record Scope(Dimension dimension, String value) {

        public enum Dimension { CHANNEL, CAMPAIGN, COUNTRY, TERRITORY, TEAM, LAUNCH }
    }

    /** The same goal over every lead: for a scope the caller has applied itself (a launch). */
    public Goal unscoped() {
        return new Goal(id, name, metric, target, currency, period, null, owners);
    }

    public Goal {
        owners = Lenient.set(owners);
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.requireText(name, path + ".name");
        if (problems.require(metric, path + ".metric") && problems.require(target, path + ".target")) {
            problems.check(target.signum() > 0, "%s.target must be positive", path);
            problems.check(metric.kind() != GoalMetric.Kind.RATE || target.compareTo(BigDecimal.ONE) <= 0,
                    "%s.target of %s is a share, at most 1", path, metric.wire());
            problems.check(metric.kind() != GoalMetric.Kind.COUNT || target.stripTrailingZeros().scale() <= 0,
                    "%s.target of %s is a whole number", path, metric.wire());
        }
        if (metric != null && metric.kind() == GoalMetric.Kind.MONEY) {
            problems.check(currency != null && isCurrency(currency), "%s.currency must be an ISO-4217 code for %s",
                    path, metric.wire());
        } else {
            problems.check(currency == null, "%s.currency is only for amounts", path);
        }
        if (problems.require(period, path + ".period")) {
            problems.require(period.cadence(), path + ".period.cadence");
            problems.require(period.start(), path + ".period.start");
        }
        if (scope != null) {
            problems.require(scope.dimension(), path + ".scope.dimension");
            problems.requireText(scope.value(), path + ".scope.value");
        }
        problems.check(!owners.isEmpty() && !owners.contains(null), "%s.owners must name marketing, sales or both",
                path);
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
