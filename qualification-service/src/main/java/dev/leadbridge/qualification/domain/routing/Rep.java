package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sales rep as routing sees them.
 *
 * @param active   false once the rep leaves the rotation; their leads stay theirs until reassigned
 * @param weight   their share of the team's leads relative to colleagues: weight 2 gets twice as many as weight 1
 * @param capacity the most open leads they may hold; 0 pauses them
 */
public record Rep(
        String id,
        String teamId,
        boolean active,
        int weight,
        int capacity,
        WorkingHours hours,
        List<TimeOff> timeOff) {

    /** The highest weight; larger numbers only express the same ratios with more digits. */
    static final int MAX_WEIGHT = 1000;

    public Rep {
        timeOff = Lenient.list(timeOff);
    }

    /** Why the rep cannot take a lead at {@code at} given their load, if they cannot; the first reason found. */
    Optional<Ineligibility> ineligibility(RepLoad load, Instant at) {
        if (!active) {
            return Optional.of(Ineligibility.INACTIVE);
        }
        if (load.openLeads() >= capacity) {
            return Optional.of(Ineligibility.AT_CAPACITY);
        }
        if (timeOff.stream().anyMatch(absence -> absence.covers(at))) {
            return Optional.of(Ineligibility.ON_TIME_OFF);
        }
        return hours.isWorkingAt(at) ? Optional.empty() : Optional.of(Ineligibility.OUTSIDE_WORKING_HOURS);
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.requireText(teamId, path + ".teamId");
        problems.check(weight >= 1 && weight <= MAX_WEIGHT, "%s.weight must be between 1 and %d, was %d",
                path, MAX_WEIGHT, weight);
        problems.check(capacity >= 0, "%s.capacity must not be negative, was %d", path, capacity);
        if (problems.require(hours, path + ".hours")) {
            hours.validate(path + ".hours", problems);
        }
        problems.each(timeOff, path + ".timeOff", (absence, absencePath) -> absence.validate(absencePath, problems));
    }
}
