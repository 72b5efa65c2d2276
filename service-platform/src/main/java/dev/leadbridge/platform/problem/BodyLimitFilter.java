package dev.leadbridge.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body larger than {@code leadbridge.http.max-body-size} with a 413 problem before anything
 * reads it. {@code quarkus.http.limits.max-body-size} stays above this as the hard stop for bodies that declare no
 * length, which the HTTP layer answers without a problem body.
 */
public class BodyLimitFilter {

    private final long maxBytes;

    BodyLimitFilter(@ConfigProperty(name = "leadbridge.http.max-body-size", defaultValue = "64K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> refuseOversizedBodies(ContainerRequestContext context) {
        String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= maxBytes) {
            return Optional.empty();
        }
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "The request body is larger than " + maxBytes + " bytes.",
                URI.create(context.getUriInfo().getPath()), null);
        return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
    }
}
