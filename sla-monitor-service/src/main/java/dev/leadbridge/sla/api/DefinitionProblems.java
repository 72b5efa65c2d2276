package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.sla.domain.InvalidDefinitionException;

/** Turns an invalid definition into one validation problem listing every offending field. */
final class DefinitionProblems {

    private DefinitionProblems() {
    }

    /** Each problem starts with the offending field's path; the whole sentence is the message. */
    static ProblemException of(InvalidDefinitionException invalid) {
        return ProblemException.validationOf(invalid.problems());
    }
}
