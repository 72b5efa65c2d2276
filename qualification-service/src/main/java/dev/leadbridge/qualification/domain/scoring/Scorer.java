package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.TouchpointType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Scores a lead: a pure function of (model, lead, touchpoints, instant), so the same inputs give the same score on
 * every replica and at every re-score, and a lead that goes quiet loses engagement simply by being scored later.
 * <p>
 * <b>Every point explained.</b> Each rule that applies adds one line to the breakdown: fit lines in rule order, then
 * negative lines, then one engagement line per counted touchpoint, oldest first. Lines worth zero points are left
 * out.
 * <p>
 * <b>Rounding.</b> Decay makes engagement fractional. Each engagement line is rounded on its own to the nearest whole
 * point, halves up ({@link Math#round(double)}); fit and negative points are whole already. Fit, engagement and total
 * are then sums of the rounded lines, so the breakdown always adds up to the total exactly. Rounding per line is
 * monotone, so the total still only falls as touchpoints age.
 * <p>
 * <b>Grade</b> is taken from fit plus negative points: negative signals say who the lead is too, so a competitor
 * with a senior title is not an A. {@link Score#fit()} reports the fit lines alone.
 */
public final class Scorer {

    private static final Comparator<EngagementEvent> OLDEST_FIRST =
            Comparator.comparing(EngagementEvent::occurredAt).thenComparing(EngagementEvent::touchpointId);
    /** Of two deliveries of one touchpoint id, the one kept, whatever order they came in. */
    private static final BinaryOperator<EngagementEvent> SAME_ID_KEEP_ONE =
            BinaryOperator.minBy(OLDEST_FIRST.thenComparing(EngagementEvent::type));

    private final ScoringModel model;

    private Scorer(ScoringModel model) {
        this.model = model;
    }

    /**
     * A scorer for one model, validated once here: re-scoring every open lead after a publish should not validate
     * the model per lead.
     *
     * @throws InvalidScoringModelException if the model does not validate
     */
    public static Scorer forModel(ScoringModel model) {
        return new Scorer(model.requireValid());
    }

    /**
     * Scores one lead: {@code forModel(model).score(lead, touchpoints, at)}.
     *
     * @throws InvalidScoringModelException if the model does not validate
     */
    public static Scorecard score(
            ScoringModel model, LeadProfile lead, Collection<EngagementEvent> touchpoints, Instant at) {
        return forModel(model).score(lead, touchpoints, at);
    }

    /**
     * The lead's score as of {@code at}. Touchpoints after {@code at} are ignored, and a touchpoint delivered twice
     * (same id) counts once, so the order and redelivery of events cannot change a score.
     */
    public Scorecard score(LeadProfile lead, Collection<EngagementEvent> touchpoints, Instant at) {
        List<ScoreContribution> breakdown = new ArrayList<>(model.fit().contributions(lead));
        List<String> disqualifiedBy = new ArrayList<>();
        List<String> titleWords = Text.words(lead.jobTitle());
        for (NegativeRule rule : model.negative()) {
            rule.match(lead, titleWords).ifPresent(reason -> {
                breakdown.add(new ScoreContribution(rule.id(), ScoreCategory.NEGATIVE, rule.points(), reason, null));
                if (rule.disqualifying()) {
                    disqualifiedBy.add(rule.id());
                }
            });
        }
        breakdown.addAll(engagementLines(model.engagement(), touchpoints, at));
        int fit = sum(breakdown, ScoreCategory.FIT);
        int engagement = sum(breakdown, ScoreCategory.ENGAGEMENT);
        int negative = sum(breakdown, ScoreCategory.NEGATIVE);
        Grade grade = model.grades().gradeOf(fit + negative);
        Score score = new Score(fit + engagement + negative, fit, engagement, grade, breakdown);
        return new Scorecard(model.version(), at, score, disqualifiedBy);
    }

    private static List<ScoreContribution> engagementLines(
            List<EngagementRule> rules, Collection<EngagementEvent> touchpoints, Instant at) {
        Map<TouchpointType, EngagementRule> ruleByType = new EnumMap<>(TouchpointType.class);
        rules.forEach(rule -> ruleByType.put(rule.type(), rule));
        Map<UUID, EngagementEvent> unique = new HashMap<>();
        touchpoints.forEach(event -> unique.merge(event.touchpointId(), event, SAME_ID_KEEP_ONE));
        return unique.values().stream()
                .filter(event -> !event.occurredAt().isAfter(at) && ruleByType.containsKey(event.type()))
                .collect(Collectors.groupingBy(EngagementEvent::type, () -> new EnumMap<>(TouchpointType.class),
                        Collectors.toList()))
                .entrySet().stream()
                .flatMap(byType -> byType.getValue().stream()
                        .sorted(OLDEST_FIRST.reversed())
                        .limit(ruleByType.get(byType.getKey()).maxCounted()))
                .sorted(OLDEST_FIRST)
                .map(event -> engagementLine(ruleByType.get(event.type()), event, at))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The line a touchpoint earns, or none once it has decayed to 0 points. The check comes before the reason is
     * written: formatting reasons was most of scoring's time in a profile, and a dropped line needs none.
     */
    private static Optional<ScoreContribution> engagementLine(EngagementRule rule, EngagementEvent event, Instant at) {
        Duration age = Duration.between(event.occurredAt(), at);
        double exact = HalfLifeDecay.decayed(rule.points(), age, rule.halfLife());
        int points = Math.toIntExact(Math.round(exact));
        if (points == 0) {
            return Optional.empty();
        }
        String reason = String.format(Locale.ROOT,
                "%s at %s worth %d points, halving every %s: %.2f half-lives later %.2f, rounded to %d",
                event.type().wire(), event.occurredAt(), rule.points(), readable(rule.halfLife()),
                HalfLifeDecay.halfLives(age, rule.halfLife()), exact, points);
        return Optional.of(new ScoreContribution(rule.id(), ScoreCategory.ENGAGEMENT, points, reason,
                event.touchpointId()));
    }

    /** "14d" for whole days, else the ISO-8601 form ("PT36H"). */
    private static String readable(Duration duration) {
        return duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0 && duration.getNano() == 0
                ? duration.toDays() + "d"
                : duration.toString();
    }

    private static int sum(List<ScoreContribution> breakdown, ScoreCategory category) {
        return breakdown.stream().filter(line -> line.category() == category)
                .mapToInt(ScoreContribution::points).sum();
    }
}
