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
        return ProblemException.validation(messages.stream()
                .map(message -> new Problem.FieldError(fieldOf(message), message))
                .toList());
    }

    static ProblemException missingBody() {
        return ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
    }

    private static String fieldOf(String message) {
        int end = 0;
        while (end < message.length() && message.charAt(end) != ' ' && message.charAt(end) != ':') {
            end++;
        }
        return end == 0 ? "body" : message.substring(0, end);
    }
}
