package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Problems;

/**
 * Fit points for companies of at least {@code minEmployees}. Bands are given by their lower bounds only, and a
 * company falls into the band with the largest lower bound it reaches, so bands can neither overlap nor leave gaps.
 */
public record CompanySizeBand(String id, int minEmployees, int points) {

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        ScoringModel.checkPoints(problems, path + ".points", points);
        problems.check(minEmployees >= 1, "%s.minEmployees must be at least 1, was %d", path, minEmployees);
    }
}
