package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.TouchpointType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    /**
     * Oldest first, ties by id, then by type: the order of the engagement lines, and among deliveries of one
     * touchpoint id the first is the one kept, whatever order they came in.
     */
    private static final Comparator<EngagementEvent> OLDEST_FIRST = (a, b) -> {
        int byTime = a.occurredAt().compareTo(b.occurredAt());
        if (byTime != 0) {
            return byTime;
        }
        int byId = a.touchpointId().compareTo(b.touchpointId());
        return byId != 0 ? byId : a.type().compareTo(b.type());
    };
    /** Up to this many touchpoints, duplicates are found by comparing ids pairwise rather than through a hash set. */
    private static final int PAIRWISE_DEDUPLICATION_LIMIT = 32;

    private final ScoringModel model;
    /** The model's engagement rule for each touchpoint type, by ordinal; null where the type earns nothing. */
    private final EngagementRule[] engagementRuleByType;
    /** The part of each engagement reason fixed by its rule (" worth 3 points, halving every 14d: "), by ordinal. */
    private final String[] engagementReasonMiddleByType;

    private Scorer(ScoringModel model) {
        this.model = model;
        int types = TouchpointType.values().length;
        this.engagementRuleByType = new EngagementRule[types];
        this.engagementReasonMiddleByType = new String[types];
        for (EngagementRule rule : model.engagement()) {
            int type = rule.type().ordinal();
            engagementRuleByType[type] = rule;
            engagementReasonMiddleByType[type] =
                    " worth " + rule.points() + " points, halving every " + readable(rule.halfLife()) + ": ";
        }
    }

    /**
     * A scorer for one model, validated once here: re-scoring every open lead after a publish should not validate
     * the model per lead.
     *
     * @throws InvalidDocumentException if the model does not validate
     */
    public static Scorer forModel(ScoringModel model) {
        return new Scorer(model.requireValid());
    }

    /**
     * Scores one lead: {@code forModel(model).score(lead, touchpoints, at)}.
     *
     * @throws InvalidDocumentException if the model does not validate
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
        List<String> titleWords = Text.words(lead.jobTitle());
        List<ScoreContribution> breakdown = model.fit().contributions(lead, titleWords);
        int fit = sum(breakdown);
        int negative = 0;
        List<String> disqualifiedBy = new ArrayList<>();
        for (NegativeRule rule : model.negative()) {
            Optional<String> reason = rule.match(lead, titleWords);
            if (reason.isPresent()) {
                breakdown.add(new ScoreContribution(rule.id(), ScoreCategory.NEGATIVE, rule.points(), reason.get(),
                        null));
                negative += rule.points();
                if (rule.disqualifying()) {
                    disqualifiedBy.add(rule.id());
                }
            }
        }
        int engagement = addEngagementLines(breakdown, touchpoints, at);
        Grade grade = model.grades().gradeOf(fit + negative);
        Score score = new Score(fit + engagement + negative, fit, engagement, grade, breakdown);
        return new Scorecard(model.version(), at, score, disqualifiedBy,
                !lead.flags().contains(NegativeSignal.UNSUBSCRIBED));
    }

    /**
     * Adds one line per counted touchpoint, oldest first, and returns their points: of each touchpoint id the first
     * delivery in {@link #OLDEST_FIRST} order, if it is not after {@code at} and its type has a rule, and of each
     * type only the rule's {@code maxCounted} most recent. Plain arrays and loops rather than streams: this runs
     * for every touchpoint of every lead scored.
     */
    private int addEngagementLines(List<ScoreContribution> breakdown, Collection<EngagementEvent> touchpoints,
                                   Instant at) {
        EngagementEvent[] events = touchpoints.toArray(new EngagementEvent[0]);
        Arrays.sort(events, OLDEST_FIRST);
        int unique = keepFirstOfEachId(events);
        int counted = 0;
        for (int i = 0; i < unique; i++) {
            EngagementEvent event = events[i];
            if (!event.occurredAt().isAfter(at) && engagementRuleByType[event.type().ordinal()] != null) {
                events[counted++] = event;
            }
        }
        // newest first, each type's rule counts its maxCounted most recent touchpoints; the rest are dropped
        int[] countedByType = new int[engagementRuleByType.length];
        for (int i = counted - 1; i >= 0; i--) {
            int type = events[i].type().ordinal();
            if (countedByType[type] < engagementRuleByType[type].maxCounted()) {
                countedByType[type]++;
            } else {
                events[i] = null;
            }
        }
        int points = 0;
        for (int i = 0; i < counted; i++) {
            if (events[i] != null) {
                ScoreContribution line = engagementLine(events[i], at);
                if (line != null) {
                    breakdown.add(line);
                    points += line.points();
                }
            }
        }
        return points;
    }

    /**
     * Moves the first event of each touchpoint id to the front of the sorted array, keeping their order, and
     * returns how many there are.
     */
    private static int keepFirstOfEachId(EngagementEvent[] sorted) {
        int kept = 0;
        if (sorted.length <= PAIRWISE_DEDUPLICATION_LIMIT) {
            for (EngagementEvent event : sorted) {
                if (!hasId(sorted, kept, event.touchpointId())) {
                    sorted[kept++] = event;
                }
            }
        } else {
            Set<UUID> seen = new HashSet<>(sorted.length * 2);
            for (EngagementEvent event : sorted) {
                if (seen.add(event.touchpointId())) {
                    sorted[kept++] = event;
                }
            }
        }
        return kept;
    }

    private static boolean hasId(EngagementEvent[] events, int count, UUID id) {
        for (int i = 0; i < count; i++) {
            if (events[i].touchpointId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line a touchpoint earns, or null once it has decayed to 0 points. The check comes before the reason is
     * written, as a dropped line needs none; the reason is concatenated, not {@code String.format}ted (formatting
     * was most of scoring's time in a profile), to the same text: "page_view at 2026-10-30T09:00:00Z worth 1 points,
     * halving every 7d: 0.29 half-lives later 0.82, rounded to 1".
     */
    private ScoreContribution engagementLine(EngagementEvent event, Instant at) {
        int type = event.type().ordinal();
        EngagementRule rule = engagementRuleByType[type];
        Duration age = Duration.between(event.occurredAt(), at);
        double exact = HalfLifeDecay.decayed(rule.points(), age, rule.halfLife());
        int points = Math.toIntExact(Math.round(exact));
        if (points == 0) {
            return null;
        }
        String reason = event.type().wire() + " at " + InstantText.format(event.occurredAt())
                + engagementReasonMiddleByType[type]
                + TwoDecimals.format(HalfLifeDecay.halfLives(age, rule.halfLife())) + " half-lives later "
                + TwoDecimals.format(exact) + ", rounded to " + points;
        return new ScoreContribution(rule.id(), ScoreCategory.ENGAGEMENT, points, reason, event.touchpointId());
    }

    /** "14d" for whole days, else the ISO-8601 form ("PT36H"). */
    private static String readable(Duration duration) {
        return duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0 && duration.getNano() == 0
                ? duration.toDays() + "d"
                : duration.toString();
    }

    private static int sum(List<ScoreContribution> lines) {
        int points = 0;
        for (ScoreContribution line : lines) {
            points += line.points();
        }
        return points;
    }
}
