package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.events.payload.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How far one lead got, as the funnel and lead-quality reports read it.
 *
 * @param capturedAt the capture time, which puts the lead in a cohort and is when it reached
 *                   {@link FunnelStage#CAPTURED}
 * @param channel    the lead's source channel
 * @param campaign   the lead's source campaign; blank or absent becomes {@link Touch#NO_CAMPAIGN}
 * @param scoreBand  the band the lead-quality report groups by, e.g. the grade letter at MQL time; blank or absent
 *                   becomes {@link #UNSCORED}
 * @param reached    when the lead first reached each later stage; {@link FunnelStage#CAPTURED} is not given here
 * @param rejections every rejection by sales, in any order
 * @param placement  where the lead belongs: country, territory, team and rep
 */
public record LeadProgress(UUID leadId, Instant capturedAt, Channel channel, String campaign, String scoreBand,
                           Map<FunnelStage, Instant> reached, List<Rejection> rejections, Placement placement) {

    /** The score band of a lead that was never scored, such as one a rep logged straight as accepted. */
    public static final String UNSCORED = "unscored";

    /**
     * Where a lead belongs, each part {@link #UNKNOWN} when not known: the country it was captured with, the routing
     * table's territory of that country, and the team and rep it is (or was last) assigned to.
     */
    public record Placement(String country, String territory, String team, String rep) {

        public static final String UNKNOWN = "unknown";
        public static final Placement NOWHERE = new Placement(null, null, null, null);

        public Placement {
            country = orUnknown(country);
            territory = orUnknown(territory);
            team = orUnknown(team);
            rep = orUnknown(rep);
        }

        /** The value, or {@link #UNKNOWN} when absent or blank. */
        public static String orUnknown(String value) {
            return value == null || value.isBlank() ? UNKNOWN : value;
        }
    }

    /** A lead whose placement is not known. */
    public LeadProgress(UUID leadId, Instant capturedAt, Channel channel, String campaign, String scoreBand,
                        Map<FunnelStage, Instant> reached, List<Rejection> rejections) {
        this(leadId, capturedAt, channel, campaign, scoreBand, reached, rejections, Placement.NOWHERE);
    }

    public LeadProgress {
        Objects.requireNonNull(leadId, "leadId");
        placement = placement == null ? Placement.NOWHERE : placement;
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(channel, "channel");
        campaign = campaign == null || campaign.isBlank() ? Touch.NO_CAMPAIGN : campaign;
        scoreBand = scoreBand == null || scoreBand.isBlank() ? UNSCORED : scoreBand;
        reached = Map.copyOf(reached);
        rejections = List.copyOf(rejections);
        if (reached.containsKey(FunnelStage.CAPTURED)) {
            throw new IllegalArgumentException("the capture time is capturedAt, not an entry of reached");
        }
    }

    public Optional<Instant> reachedAt(FunnelStage stage) {
        return stage == FunnelStage.CAPTURED ? Optional.of(capturedAt) : Optional.ofNullable(reached.get(stage));
    }

    /**
     * The furthest stage the lead reached. A lead that entered late (logged straight as accepted) or skipped a stage
     * has still passed the stages before it, so the funnel counts it at every stage up to this one.
     */
    public FunnelStage furthestStage() {
        FunnelStage furthest = FunnelStage.CAPTURED;
        for (FunnelStage stage : reached.keySet()) {
            furthest = stage.compareTo(furthest) > 0 ? stage : furthest;
        }
        return furthest;
    }

    /**
     * How long the lead spent in {@code stage} before reaching the next one; absent while it has not moved on, when a
     * stage was skipped (its time is unknown), or when the recorded times are out of order.
     */
    public Optional<Duration> timeIn(FunnelStage stage) {
        Optional<Instant> entered = reachedAt(stage);
        Optional<Instant> left = stage.next().flatMap(this::reachedAt);
        if (entered.isEmpty() || left.isEmpty() || left.get().isBefore(entered.get())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(entered.get(), left.get()));
    }
}
