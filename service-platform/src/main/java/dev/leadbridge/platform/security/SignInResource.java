package dev.leadbridge.platform.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in to the screens every service serves. {@code /ui/sign-in} starts the authorization-code flow with the
 * identity provider (the {@code web} tenant, see {@link SignInTenants}) and comes back to the page that asked;
 * {@code /ui/me} tells a page who is signed in. Signing out is the OIDC logout path, {@code /ui/sign-out}.
 */
@Path("/ui")
@Tag(name = "Sign-in", description = "Single sign-on for the screens (authorization-code flow)")
public class SignInResource {

    /** Only a path on this service: never an absolute URL, never "//host" (an open redirect). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\w\\-./?=&%#]*");

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("sign-in")
    @Authenticated
    @Operation(summary = "Sign in through the identity provider, then go back to the page given as return")
    public Response signIn(@QueryParam("return") String returnTo) {
        String target = returnTo != null && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
        return Response.seeOther(URI.create(target)).build();
    }

    /** Never refused: a page asks before anyone signed in, and a refusal would be an error in its console. */
    @GET
    @Path("me")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is signed in (id, name, e-mail and roles); signedIn false for no one")
    public SignedIn me() {
        if (identity.isAnonymous()) {
            return SignedIn.NO_ONE;
        }
        String id = identity.getPrincipal().getName();
        String name = claim("name");
        return new SignedIn(true, id, name == null ? id : name, claim("email"), new TreeSet<>(identity.getRoles()));
    }

    private String claim(String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(claim)) {
            return null;
        }
        Object value = token.getClaim(claim);
        return value instanceof JsonString text ? text.getString() : String.valueOf(value);
    }

    /** The person signed in: their id (a rep's id), display name, e-mail and roles. */
    public record SignedIn(boolean signedIn, String id, String name, String email, Set<String> roles) {

        static final SignedIn NO_ONE = new SignedIn(false, null, null, null, Set.of());
    }
}
