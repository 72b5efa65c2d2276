package dev.leadbridge.platform.problem;

import java.net.URI;

/** The kinds of problem every service can answer with; services add their own through {@link ProblemException}. */
public enum ProblemType {

    BAD_REQUEST(400, "Bad request"),
    VALIDATION(400, "Request is not valid"),
    MALFORMED_BODY(400, "Request body cannot be read"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri(name().toLowerCase().replace('_', '-'));
    }

    /** The type URI for a problem slug, so service-specific types share one naming scheme. */
    public static URI uri(String slug) {
        return URI.create("urn:leadbridge:problem:" + slug);
    }

    /** The generic type for a status, for errors raised outside our code (the HTTP layer, JAX-RS). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
