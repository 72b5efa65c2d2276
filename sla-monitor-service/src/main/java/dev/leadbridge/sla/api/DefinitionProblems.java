package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.sla.domain.InvalidDefinitionException;

/** Turns an invalid definition into one validation problem listing every offending field. */
final class DefinitionProblems {

    private DefinitionProblems() {
    }

    /** Each problem starts with the offending field's path; the whole sentence is the message. */
    static ProblemException of(InvalidDefinitionException invalid) {
        return ProblemException.validation(invalid.problems().stream()
                .map(problem -> new Problem.FieldError(fieldOf(problem), problem))
                .toList());
    }

    private static String fieldOf(String problem) {
        int space = problem.indexOf(' ');
        return space < 0 ? problem : problem.substring(0, space);
    }
}
