package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import java.util.List;

/** Validation problems of documents (models, rosters, routing tables) as 400 problems, one field error each. */
final class Problems {

    private Problems() {
    }

    /** Each message names where the problem is with its first word ("reps[0].weight must be …"). */
    static ProblemException invalid(List<String> messages) {
        return ProblemException.validationOf(messages);
    }

    static ProblemException missingBody() {
        return ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
    }
}
