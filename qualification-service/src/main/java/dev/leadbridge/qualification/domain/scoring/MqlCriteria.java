package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When marketing hands a lead to sales: its total reaches {@code minTotal} with at least {@code minGrade}, or it
 * raised its hand (a demo request, say) within {@code handRaiserWindow}, which qualifies it at once whatever its
 * score. A disqualifying negative rule overrides both.
 *
 * @param handRaisers      touchpoint types that make a lead an immediate MQL
 * @param handRaiserWindow how long a hand-raise keeps qualifying a lead
 */
public record MqlCriteria(int minTotal, Grade minGrade, Set<TouchpointType> handRaisers, Duration handRaiserWindow) {

    /** Of two hand-raises, the later is the greater; ties by touchpoint id. */
    private static final Comparator<EngagementEvent> LATEST_LAST =
            Comparator.comparing(EngagementEvent::occurredAt).thenComparing(EngagementEvent::touchpointId);

    public MqlCriteria {
        handRaisers = Lenient.set(handRaisers);
    }

    /**
     * Decides whether the scored lead qualifies. A hand-raise wins over the threshold when both hold, because
     * lead-quality reports tell hand-raisers from score-driven MQLs and the explicit request is the stronger signal.
     *
     * @param touchpoints    the lead's touchpoints, as scored
     * @param cycleStartedAt when the lead's current qualification cycle began (capture, or its last recycling): an
     *                       earlier hand-raise does not count again, so a rejected demo requester is not an MQL again
     *                       the moment it is recycled
     */
    public MqlDecision decide(Scorecard card, Collection<EngagementEvent> touchpoints, Instant cycleStartedAt) {
        if (!card.disqualifiedBy().isEmpty()) {
            return new MqlDecision.NotQualified("disqualified by " + String.join(", ", card.disqualifiedBy()));
        }
        Optional<EngagementEvent> handRaise = latestHandRaise(touchpoints, card.scoredAt(), cycleStartedAt);
        if (handRaise.isPresent()) {
            EngagementEvent event = handRaise.get();
            return new MqlDecision.Qualified(MqlReason.HAND_RAISER, "hand-raiser: " + event.type().wire()
                    + " at " + event.occurredAt() + " (touchpoint " + event.touchpointId() + ")");
        }
        if (!card.marketable()) {
            return new MqlDecision.NotQualified("withdrew marketing consent: only a hand-raise makes the lead an MQL");
        }
        List<String> shortfalls = new ArrayList<>();
        if (card.total() < minTotal) {
            shortfalls.add("total " + card.total() + " is below " + minTotal);
        }
        if (card.grade().compareTo(minGrade) > 0) {
            shortfalls.add("grade " + card.grade().wire() + " is below " + minGrade.wire());
        }
        return shortfalls.isEmpty()
                ? new MqlDecision.Qualified(MqlReason.SCORE_THRESHOLD, "total " + card.total() + " reaches "
                        + minTotal + " with grade " + card.grade().wire() + " (at least " + minGrade.wire() + ")")
                : new MqlDecision.NotQualified(String.join("; ", shortfalls));
    }

    private Optional<EngagementEvent> latestHandRaise(
            Collection<EngagementEvent> touchpoints, Instant at, Instant cycleStartedAt) {
        Instant windowStart = at.minus(handRaiserWindow);
        Instant from = windowStart.isAfter(cycleStartedAt) ? windowStart : cycleStartedAt;
        EngagementEvent latest = null;
        for (EngagementEvent event : touchpoints) {
            if (handRaisers.contains(event.type())
                    && !event.occurredAt().isBefore(from) && !event.occurredAt().isAfter(at)
                    && (latest == null || LATEST_LAST.compare(event, latest) > 0)) {
                latest = event;
            }
        }
        return Optional.ofNullable(latest);
    }

    void validate(Problems problems) {
        problems.check(minTotal > 0, "mql.minTotal must be positive, or every lead would qualify; was %d", minTotal);
        problems.require(minGrade, "mql.minGrade");
        problems.check(!handRaisers.contains(null), "mql.handRaisers must not contain an empty entry");
        if (problems.require(handRaiserWindow, "mql.handRaiserWindow")) {
            problems.check(handRaiserWindow.compareTo(Duration.ofHours(1)) >= 0,
                    "mql.handRaiserWindow must be at least PT1H, was %s", handRaiserWindow);
        }
    }
}
