package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.platform.validation.Problems;
import java.time.Duration;

/**
 * Engagement points for each touchpoint of one type, halving every {@code halfLife}: interest fades, so a lead that
 * goes quiet drifts below the MQL line without any new event.
 *
 * @param points     what a touchpoint is worth the moment it happens
 * @param halfLife   after this long it is worth half; a pricing-page view may fade in days, a webinar in weeks
 * @param maxCounted only this many of the lead's most recent touchpoints of the type count, so twenty page views
 *                   cannot outweigh a demo request
 */
public record EngagementRule(String id, TouchpointType type, int points, Duration halfLife, int maxCounted) {

    /** Shorter half-lives are almost certainly a unit mistake (PT1S for P1D) and would erase engagement at once. */
    static final Duration MIN_HALF_LIFE = Duration.ofHours(1);

    /**
     * The rule for a touchpoint type under its conventional id, "engagement-" and the type's wire name with hyphens
     * ("engagement-page-view"), as the default model names its rules.
     */
    public static EngagementRule forType(TouchpointType type, int points, Duration halfLife, int maxCounted) {
        return new EngagementRule("engagement-" + type.wire().replace('_', '-'), type, points, halfLife, maxCounted);
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.require(type, path + ".type");
        problems.check(points > 0, "%s.points must be positive (penalties belong in negative rules), was %d",
                path, points);
        if (problems.require(halfLife, path + ".halfLife")) {
            problems.check(halfLife.compareTo(MIN_HALF_LIFE) >= 0, "%s.halfLife must be at least %s, was %s",
                    path, MIN_HALF_LIFE, halfLife);
        }
        ScoringModel.checkPoints(problems, path + ".points", points);
        problems.check(maxCounted >= 1 && maxCounted <= ScoringModel.MAX_COUNTED,
                "%s.maxCounted must be between 1 and %d, was %d", path, ScoringModel.MAX_COUNTED, maxCounted);
    }
}
