package dev.leadbridge.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.leadbridge.platform.config.StaleConfigurationException;
import dev.leadbridge.platform.security.SignInTenants;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where every service turns failures into RFC 9457 problem responses: validation, unreadable
 * bodies, authentication and authorisation, JAX-RS errors, our own {@link ProblemException}s, and, last, anything
 * unexpected, which is logged with an id and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final MeterRegistry registry;
    private final Instance<DomainProblems> domainProblems;

    ProblemMappers(MeterRegistry registry, Instance<DomainProblems> domainProblems) {
        this.registry = registry;
        this.domainProblems = domainProblems;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(instance(uri)));
    }

    /** A configuration document with every problem found: each names its field with its first word. */
    @ServerExceptionMapper
    public Response invalidDocument(InvalidDocumentException e, UriInfo uri) {
        return respond(ProblemException.validationOf(e.problems()).toProblem(instance(uri)));
    }

    @ServerExceptionMapper
    public Response staleConfiguration(StaleConfigurationException e, UriInfo uri) {
        return respond(ProblemException.preconditionFailed(e.getMessage()).toProblem(instance(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::field).distinct()
                .collect(Collectors.joining(", ", "Invalid fields: ", ""));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail,
                instance(uri), errors));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof MismatchedInputException mismatch ? jsonPath(mismatch) : "";
        String detail = field.isEmpty()
                ? "The body is not valid JSON for this request."
                : "Field '" + field + "' has the wrong type or format.";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                detail, instance(uri), errors));
    }

    /**
     * A caller of the API without a valid token gets a problem; a person on a screen (the {@code web} tenant) gets what
     * the sign-in flow answers instead: a redirect to the identity provider, or 499 for the page's own script calls.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (SignInTenants.isScreenRequest(context) && authenticator != null) {
            return authenticator.getChallenge(context).map(ProblemMappers::signInChallenge);
        }
        Problem problem = of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required.", uri);
        count(problem);
        return Uni.createFrom().item(Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(problem).build());
    }

    private static Response signInChallenge(ChallengeData challenge) {
        Response.ResponseBuilder response = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        return response.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(of(ProblemType.FORBIDDEN, "Your role does not allow this.", uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = new Problem(type.uri(), type.title(), status, e.getMessage(), instance(uri), null);
        count(problem);
        return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (DomainProblems service : domainProblems) {
            Optional<ProblemException> problem = service.problemFor(e);
            if (problem.isPresent()) {
                return respond(problem.get().toProblem(instance(uri)));
            }
        }
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            Problem problem = of(ProblemType.UNAVAILABLE,
                    "Storage is unavailable; nothing was stored. Retry in a few seconds.", uri);
            count(problem);
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, Unavailability.RETRY_AFTER_SECONDS).entity(problem).build();
        }
        if (UnstorableText.isUnstorableText(e)) {
            return respond(of(ProblemType.BAD_REQUEST, "The request holds a character that cannot be stored (such as"
                    + " NUL); nothing was stored.", uri));
        }
        if (thrownWhileReadingBody(e)) {
            return respond(of(ProblemType.MALFORMED_BODY, "The request body cannot be read: " + e.getMessage(), uri));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(of(ProblemType.INTERNAL, "Unexpected error; quote error id " + errorId + ".", uri));
    }

    /**
     * A body reader that chokes on what the client sent (say, broken percent-encoding in a form) is the client's
     * problem, whatever exception the reader throws.
     */
    private static boolean thrownWhileReadingBody(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().endsWith(".RequestDeserializeHandler")) {
                return true;
            }
        }
        return false;
    }

    private static Problem of(ProblemType type, String detail, UriInfo uri) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), null);
    }

    private Response respond(Problem problem) {
        count(problem);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Every refused request, by kind of problem: what clients get wrong, and how often. */
    private void count(Problem problem) {
        registry.counter("leadbridge.http.problems", "type", problem.type().toString(),
                "status", String.valueOf(problem.status())).increment();
    }

    /**
     * The request path as the problem's {@code instance}. The raw, still percent-encoded path: the decoded one may
     * hold characters no URI allows (a {@code %00} in an id, say), and a problem about a bad request must never
     * become a 500 of its own.
     */
    private static URI instance(UriInfo uri) {
        try {
            return URI.create(uri.getRequestUri().getRawPath());
        } catch (IllegalArgumentException unusable) {
            return null;
        }
    }

    /** The client's field name: the property path after the method and parameter nodes. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(ProblemMappers::nodeName)
                .collect(Collectors.joining("."));
        return name.isEmpty() ? lastNode(violation.getPropertyPath()) : name;
    }

    private static String nodeName(Path.Node node) {
        return node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName();
    }

    private static String lastNode(Path path) {
        String last = "";
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }

    private static String jsonPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
