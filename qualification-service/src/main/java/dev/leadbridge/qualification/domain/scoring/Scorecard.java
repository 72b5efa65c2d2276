package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.Score;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A lead's score as of one instant under one model version, with what the MQL decision needs beyond the score.
 *
 * @param score          the payload for events and the API: its breakdown always sums to its total
 * @param disqualifiedBy ids of the disqualifying negative rules that fired; the lead cannot become an MQL while any
 *                       did
 * @param marketable     marketing may still court the lead: false once the person withdrew consent, after which only
 *                       a hand-raise (asking for sales) makes them an MQL, never their score alone
 */
public record Scorecard(int modelVersion, Instant scoredAt, Score score, List<String> disqualifiedBy,
                        boolean marketable) {

    public Scorecard {
        Objects.requireNonNull(scoredAt, "scoredAt");
        Objects.requireNonNull(score, "score");
        disqualifiedBy = List.copyOf(disqualifiedBy);
    }

    public int total() {
        return score.total();
    }

    public Grade grade() {
        return score.grade();
    }
}
