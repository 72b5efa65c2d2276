package dev.leadbridge.platform.problem;

import java.net.URI;
import java.util.List;

/** Thrown by resources and services to answer with a specific problem, e.g. an illegal lifecycle transition. */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final String title;
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type.uri(), type.title(), type.status(), detail);
    }

    public ProblemException(URI type, String title, int status, String detail) {
        this(type, title, status, detail, List.of());
    }

    /**
     * A validation problem from sentences that each start with the offending field's path, as the domain
     * validators write them ({@code "reps[0].weight must be positive"}, {@code "allowedOrigins: none given"}): the
     * field is the text before the first space or colon ({@code body} when there is none), the message the sentence.
     */
    public static ProblemException validationOf(List<String> problems) {
        return validation(problems.stream()
                .map(problem -> new Problem.FieldError(fieldOf(problem), problem))
                .toList());
    }

    private static String fieldOf(String problem) {
        int end = 0;
        while (end < problem.length() && problem.charAt(end) != ' ' && problem.charAt(end) != ':') {
            end++;
        }
        return end == 0 ? "body" : problem.substring(0, end);
    }

    private ProblemException(URI type, String title, int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A validation problem found beyond bean validation, e.g. in a model or definition as a whole. */
    public static ProblemException validation(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(Problem.FieldError::field).distinct()
                .collect(java.util.stream.Collectors.joining(", ", "Invalid fields: ", ""));
        return new ProblemException(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A conditional request ({@code If-Match}) named a version the resource no longer has. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    Problem toProblem(URI instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    int status() {
        return status;
    }
}
