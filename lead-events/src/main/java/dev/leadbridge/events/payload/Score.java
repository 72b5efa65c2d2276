package dev.leadbridge.events.payload;

import java.util.List;

/**
 * A lead's score under one model version: fit and engagement points, their total and grade, and the explanation.
 */
public record Score(int total, int fit, int engagement, Grade grade, List<ScoreContribution> breakdown) {

    public Score {
        Checks.required(grade, "grade");
        breakdown = Checks.listOrEmpty(breakdown);
    }
}
