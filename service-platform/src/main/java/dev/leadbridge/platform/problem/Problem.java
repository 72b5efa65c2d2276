package dev.leadbridge.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response.
 *
 * @param type   stable identifier of the kind of problem, e.g. {@code urn:leadbridge:problem:validation}
 * @param errors for validation problems, the offending fields; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid field: its name as the client sent it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
