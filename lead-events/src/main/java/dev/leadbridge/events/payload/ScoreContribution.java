package dev.leadbridge.events.payload;

import java.util.UUID;

/**
 * One line of a score's explanation: which rule gave how many points and why, so reps and marketing can see why a
 * lead scored as it did.
 *
 * @param points       negative for negative signals and decay
 * @param touchpointId the touchpoint that triggered an engagement rule, if one did
 */
public record ScoreContribution(String ruleId, ScoreCategory category, int points, String reason, UUID touchpointId) {

    public ScoreContribution {
        Checks.requiredText(ruleId, "ruleId");
        Checks.required(category, "category");
        Checks.requiredText(reason, "reason");
    }
}
