package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import java.util.List;

/** A document request without its document: a 400 naming the body. */
final class Problems {

    private Problems() {
    }

    static ProblemException missingBody() {
        return ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
    }
}
