package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.goal.Goal;
import dev.leadbridge.attribution.domain.goal.GoalMetric;
import dev.leadbridge.attribution.domain.goal.GoalPeriod;
import dev.leadbridge.attribution.domain.goal.GoalSet;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The shared goals as managers and marketing write and read them, and as they are stored: names on the wire
 * ({@code revenue_won}, {@code quarter}, {@code territory}), so an unknown one is a problem naming where rather than a
 * parse error.
 */
public record GoalsDocument(List<GoalEntry> goals) {

    /**
     * One goal.
     *
     * @param metric   one of {@link GoalMetric#names()}
     * @param target   a count, an amount, a share (0 to 1) or seconds
     * @param currency ISO-4217, for {@code pipeline_created} and {@code revenue_won} only
     * @param owners   {@code marketing}, {@code sales} or both
     */
    public record GoalEntry(String id, String name, String metric, BigDecimal target, String currency,
                            PeriodEntry period, ScopeEntry scope, Set<String> owners) {
    }

    /** A week, month or quarter from its first day (UTC). */
    public record PeriodEntry(String cadence, LocalDate start) {
    }

    /** The leads a goal counts: of one channel, campaign, country, territory or team. */
    public record ScopeEntry(String dimension, String value) {
    }

    public static GoalsDocument of(GoalSet set) {
        return new GoalsDocument(set.goals().stream().map(goal -> new GoalEntry(goal.id(), goal.name(),
                goal.metric().wire(), goal.target(), goal.currency(),
                new PeriodEntry(goal.period().cadence().wire(), goal.period().start()),
                goal.scope() == null ? null : new ScopeEntry(wire(goal.scope().dimension()), goal.scope().value()),
                goal.owners().stream().map(GoalsDocument::wire).collect(Collectors.toCollection(TreeSet::new))))
                .toList());
    }

    /**
     * The goals, validated.
     *
     * @throws InvalidDocumentException naming every problem: unknown names and whatever {@link GoalSet#validate()}
     *                                  finds
     */
    public GoalSet toDomain() {
        List<String> problems = new ArrayList<>();
        List<Goal> domain = new ArrayList<>();
        List<GoalEntry> entries = goals == null ? List.of() : goals;
        for (int i = 0; i < entries.size(); i++) {
            GoalEntry entry = entries.get(i);
            String path = "goals[" + i + "]";
            if (entry == null) {
                domain.add(null); // the set's validation names it, and the paths of the goals after it stay right
                continue;
            }
            GoalMetric metric = entry.metric() == null ? null : GoalMetric.fromWire(entry.metric()).orElse(null);
            if (entry.metric() != null && metric == null) {
                problems.add(path + ".metric: unknown metric '" + entry.metric() + "', one of " + GoalMetric.names());
            }
            GoalPeriod period = null;
            if (entry.period() != null) {
                GoalPeriod.Cadence cadence = entry.period().cadence() == null ? null
                        : GoalPeriod.Cadence.fromWire(entry.period().cadence()).orElse(null);
                if (entry.period().cadence() != null && cadence == null) {
                    problems.add(path + ".period.cadence must be week, month or quarter");
                }
                period = new GoalPeriod(cadence, entry.period().start());
            }
            Goal.Scope scope = null;
            if (entry.scope() != null) {
                Goal.Scope.Dimension dimension = parse(Goal.Scope.Dimension.class, entry.scope().dimension());
                if (entry.scope().dimension() != null && dimension == null) {
                    problems.add(path + ".scope.dimension must be channel, campaign, country, territory, team or "
                            + "launch");
                }
                scope = new Goal.Scope(dimension, entry.scope().value());
            }
            Set<Goal.Owner> owners = new HashSet<>();
            for (String owner : entry.owners() == null ? Set.<String>of() : entry.owners()) {
                Goal.Owner parsed = parse(Goal.Owner.class, owner);
                if (parsed == null) {
                    problems.add(path + ".owners: '" + owner + "' is not marketing or sales");
                } else {
                    owners.add(parsed);
                }
            }
            domain.add(new Goal(entry.id(), entry.name(), metric, entry.target(), entry.currency(), period, scope,
                    owners));
        }
        GoalSet set = new GoalSet(domain);
        problems.addAll(set.validate());
        InvalidDocumentException.throwIfAny("the goals", problems);
        return set;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        return wire == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> wire(constant).equals(wire)).findFirst().orElse(null);
    }

    private static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
