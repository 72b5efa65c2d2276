package dev.leadbridge.qualification.domain.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a lead's real timeline under a model: scored at its capture and again at each of its touchpoints, as live
 * scoring did, each time with the touchpoints known by then. The lead would have been an MQL from the first of those
 * moments the model qualifies it; its grade is the one it had then, or at its last moment if it never qualified.
 * Deterministic: the same lead, touchpoints and model give the same judgement.
 */
public final class ScoringReplay {

    private ScoringReplay() {
    }

    /**
     * @param touchpoints the lead's touchpoints, in any order; those after {@code until} are not known
     * @param capturedAt  when the lead was captured: its first scoring and the start of its qualification cycle
     * @param until       the end of the replay
     */
    public static ModelComparison.Judgement judge(Scorer scorer, MqlCriteria criteria, LeadProfile profile,
                                                  List<EngagementEvent> touchpoints, Instant capturedAt,
                                                  Instant until) {
        List<EngagementEvent> timeline = touchpoints.stream()
                .filter(touchpoint -> !touchpoint.occurredAt().isAfter(until))
                .sorted(Comparator.comparing(EngagementEvent::occurredAt))
                .toList();
        // what the visitor did before the form is known at the capture, and scored with it
        List<EngagementEvent> known = new ArrayList<>(timeline.size());
        int next = 0;
        while (next < timeline.size() && !timeline.get(next).occurredAt().isAfter(capturedAt)) {
            known.add(timeline.get(next++));
        }
        Scorecard card = scorer.score(profile, known, capturedAt);
        if (criteria.decide(card, known, capturedAt).qualified()) {
            return judgementOf(card, true);
        }
        for (EngagementEvent touchpoint : timeline.subList(next, timeline.size())) {
            known.add(touchpoint);
            card = scorer.score(profile, known, touchpoint.occurredAt());
            if (criteria.decide(card, known, capturedAt).qualified()) {
                return judgementOf(card, true);
            }
        }
        return judgementOf(card, false);
    }

    private static ModelComparison.Judgement judgementOf(Scorecard card, boolean mql) {
        return new ModelComparison.Judgement(card.total(), card.grade(), mql);
    }
}
