package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.FormService;
import dev.leadbridge.intake.application.FormService.SubmissionResult;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

@Path("/api/v1/forms")
@Tag(name = "Forms", description = "Website forms: registration (admins) and submissions (browsers)")
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {

    private static final String FORM_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}";

    private final FormService forms;
    private final SecurityIdentity identity;

    FormResource(FormService forms, SecurityIdentity identity) {
        this.forms = forms;
        this.identity = identity;
    }

    @PUT
    @Path("/{formId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Register or replace a form")
    public Uni<FormDefinition> define(
            @PathParam("formId") @Pattern(regexp = FORM_ID, message = "1-100 letters, digits, dashes, underscores")
            String formId,
            @NotNull @Valid FormDefinition definition) {
        return forms.define(definition.toDomain(formId), identity.getPrincipal().getName()).map(FormDefinition::of);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "All registered forms")
    public Uni<List<FormDefinition>> list() {
        return forms.list().map(all -> all.stream().map(FormDefinition::of).toList());
    }

    @GET
    @Path("/{formId}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "One form")
    public Uni<FormDefinition> find(@PathParam("formId") String formId) {
        return forms.find(formId).map(found -> found.map(FormDefinition::of)
                .orElseThrow(() -> ProblemException.notFound("No form " + formId)));
    }

    @DELETE
    @Path("/{formId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Remove a form; its submissions are refused from then on")
    public Uni<Response> delete(@PathParam("formId") String formId) {
        return forms.delete(formId).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("No form " + formId);
            }
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/{formId}/submissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(summary = "Submit a website form (urlencoded)", description = "Browsers get 303 See Other to the "
            + "form's thank-you page; clients accepting only JSON get 202 with the lead id. Posts must come from "
            + "one of the form's origins (Origin, else Referer header).")
    @APIResponse(responseCode = "303", description = "Captured; go to the thank-you page")
    @APIResponse(responseCode = "202", description = "Captured (JSON clients)")
    @APIResponse(responseCode = "403", description = "Posted from an origin the form does not allow")
    @APIResponse(responseCode = "404", description = "No such form")
    public Uni<Response> submitUrlEncoded(@PathParam("formId") String formId, MultivaluedMap<String, String> fields,
                                          @HeaderParam("Origin") String origin,
                                          @HeaderParam("Referer") String referer,
                                          @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Map<String, String> firstValues = new LinkedHashMap<>();
        fields.forEach((name, values) -> firstValues.put(name, values.isEmpty() ? null : values.get(0)));
        return submit(formId, firstValues, origin, referer, accept);
    }

    @POST
    @Path("/{formId}/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(summary = "Submit a website form (multipart)", description = "As the urlencoded variant; file "
            + "parts are ignored.")
    public Uni<Response> submitMultipart(@PathParam("formId") String formId, MultipartFormDataInput input,
                                         @HeaderParam("Origin") String origin,
                                         @HeaderParam("Referer") String referer,
                                         @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Map<String, String> firstValues = new LinkedHashMap<>();
        input.getValues().forEach((name, values) -> firstTextValue(values)
                .ifPresent(value -> firstValues.put(name, value)));
        return submit(formId, firstValues, origin, referer, accept);
    }

    @OPTIONS
    @Path("/{formId}/submissions")
    @PermitAll
    @Operation(summary = "CORS preflight for script-driven form posts from the form's origins")
    public Uni<Response> preflight(@PathParam("formId") String formId, @HeaderParam("Origin") String origin) {
        return forms.find(formId).map(found -> {
            Response.ResponseBuilder response = Response.noContent()
                    .header("Access-Control-Allow-Methods", "POST, OPTIONS")
                    .header("Access-Control-Allow-Headers", "Content-Type, Accept")
                    .header("Access-Control-Max-Age", "600")
                    .header(HttpHeaders.VARY, "Origin");
            found.filter(form -> form.allowsPostFrom(origin, null))
                    .ifPresent(form -> response.header("Access-Control-Allow-Origin", origin));
            return response.build();
        });
    }

    private Uni<Response> submit(String formId, Map<String, String> fields, String origin, String referer,
                                 String accept) {
        return forms.submit(formId, fields, origin, referer).map(result -> answer(result, origin, accept));
    }

    private static Response answer(SubmissionResult result, String origin, String accept) {
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/html");
        Response.ResponseBuilder response = json || result.form().thankYouUrl() == null
                ? Response.accepted(CaptureLeadResponse.of(result.outcome())).type(MediaType.APPLICATION_JSON)
                : Response.seeOther(result.form().thankYouUrl());
        if (origin != null && result.form().allowsPostFrom(origin, null)) {
            response.header("Access-Control-Allow-Origin", origin).header(HttpHeaders.VARY, "Origin");
        }
        return response.build();
    }

    private static java.util.Optional<String> firstTextValue(Collection<FormValue> values) {
        return values.stream().filter(value -> !value.isFileItem()).map(FormValue::getValue).findFirst();
    }
}
