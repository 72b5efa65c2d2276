package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.IntakeMetrics;
import dev.leadbridge.intake.domain.InvalidLeadException;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Intake's own failures as problems: values normalisation cannot make sense of are validation errors. */
public class IntakeProblemMappers {

    private final IntakeMetrics metrics;

    IntakeProblemMappers(IntakeMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response invalidLead(InvalidLeadException e, UriInfo uri) {
        metrics.rejected("invalid_" + e.field());
        Problem problem = new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                "Invalid fields: " + e.field(), URI.create(uri.getPath()),
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
