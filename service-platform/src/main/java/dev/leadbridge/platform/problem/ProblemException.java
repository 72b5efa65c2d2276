package dev.leadbridge.platform.problem;

import java.net.URI;

/** Thrown by resources and services to answer with a specific problem, e.g. an illegal lifecycle transition. */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final String title;
    private final int status;

    public ProblemException(ProblemType type, String detail) {
        this(type.uri(), type.title(), type.status(), detail);
    }

    public ProblemException(URI type, String title, int status, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    Problem toProblem(URI instance) {
        return new Problem(type, title, status, getMessage(), instance, null);
    }

    int status() {
        return status;
    }
}
