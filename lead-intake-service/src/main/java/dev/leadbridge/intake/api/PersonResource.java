package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.PersonErasureService;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Tag(name = "People", description = "The people behind leads and their data-protection rights")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonErasureService erasures;
    private final SecurityIdentity identity;

    PersonResource(PersonErasureService erasures, SecurityIdentity identity) {
        this.erasures = erasures;
        this.identity = identity;
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a person (GDPR Art. 17)", description = "Forgets who the person with this e-mail "
            + "address is: intake drops the address, name, phone, job title, visitor id and free text of their lead "
            + "and its history at once and announces `leadbridge.person.erased.v1` on leads.captured, on which every "
            + "service does the same to its rows. The lead's ids, stages, amounts and channels stay, so funnel and "
            + "revenue figures do not change. The erasure is audited (who, when, which lead; the address only as a "
            + "keyed hash). Asking again answers with the erasure already done and changes nothing.")
    @APIResponse(responseCode = "200", description = "The erasure, done now or before")
    @APIResponse(responseCode = "400", description = "No e-mail address given, or not an address")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "Nobody with this address is known, and nobody was erased under it")
    public Uni<ErasureView> erase(
            @Parameter(description = "the person's e-mail address, in any spelling intake accepts",
                    example = "jane.doe@example.com")
            @QueryParam("email") @NotBlank @EmailAddress String email) {
        return erasures.erase(email, identity.getPrincipal().getName()).map(ErasureView::of);
    }
}
