package dev.leadbridge.platform.config;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The history of one configuration, under its path: every version with who, when and why, one version as published,
 * what changed between two, and rolling back (publishing an old version again as the next one, through the
 * configuration's own validation). A configuration's resource extends it and names its kind, its readers and writers.
 * The roles are checked here, by the subclass's lists: Quarkus checks a subclass's class-level roles for inherited
 * methods only in a blocking interceptor, which the event loop refuses.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ConfigurationHistoryResource {

    private final ConfigurationHistory history;
    private final SecurityIdentity identity;

    protected ConfigurationHistoryResource(ConfigurationHistory history, SecurityIdentity identity) {
        this.history = history;
        this.identity = identity;
    }

    /** The configuration's {@link ConfigDocuments} kind; a kind per path parameter reads it from the request. */
    protected abstract String kind(UriInfo request);

    /** The configuration's name for people, in problems: "the scoring model". */
    protected abstract String what(UriInfo request);

    /** The roles that may read the history. */
    protected abstract Set<String> readers();

    /** The roles that may publish, and so roll back. */
    protected abstract Set<String> writers();

    /**
     * Publishes a document of an earlier version as the next version, validated as any new version is.
     *
     * @return the version now in force
     */
    protected abstract Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change);

    @GET
    @Path("/versions")
    @Authenticated
    @Operation(summary = "Every published version, newest first: who published it, when and why")
    public Uni<List<ConfigVersionView.Summary>> versions(@Context UriInfo request) {
        requireOneOf(readers());
        return history.versions(kind(request))
                .map(versions -> versions.stream().map(ConfigVersionView.Summary::of).toList());
    }

    @GET
    @Path("/versions/{version}")
    @Authenticated
    @Operation(summary = "One published version, its document as it was published")
    @APIResponse(responseCode = "404", description = "No such version was published")
    public Uni<ConfigVersionView.Version> version(@Context UriInfo request, @PathParam("version") int version) {
        requireOneOf(readers());
        return published(request, version).map(ConfigVersionView.Version::of);
    }

    @GET
    @Path("/versions/diff")
    @Authenticated
    @Operation(summary = "What changed from one version to another", description = "The RFC 6902 JSON Patch that "
            + "turns version `from` into version `to` (by default the version in force); each replace also names "
            + "the value it replaced (`fromValue`).")
    @APIResponse(responseCode = "400", description = "`from` is missing")
    @APIResponse(responseCode = "404", description = "A version was never published")
    public Uni<ConfigVersionView.Diff> diff(@Context UriInfo request,
                                            @Parameter(description = "the older version", required = true)
                                            @QueryParam("from") Integer from,
                                            @Parameter(description = "the newer version; the version in force if "
                                                    + "absent") @QueryParam("to") Integer to) {
        requireOneOf(readers());
        if (from == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("from", "from is required")));
        }
        Uni<StoredDocument> newer = to == null ? inForce(request) : published(request, to);
        return published(request, from).chain(older -> newer.map(then -> new ConfigVersionView.Diff(
                older.version(), then.version(), ConfigDiff.between(older.document(), then.document()))));
    }

    @POST
    @Path("/versions/{version}/rollback")
    @Authenticated
    @Operation(summary = "Roll back: publish an earlier version again as the next version", description = "The "
            + "earlier document is validated as any new version is and published with a new number; history is "
            + "never rewritten. Rolling back to the version in force publishes nothing. With `If-Match` naming the "
            + "version the caller read, a version published meanwhile makes it a 412 problem.")
    @APIResponse(responseCode = "200", description = "The version now in force")
    @APIResponse(responseCode = "404", description = "No such version was published")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<ConfigVersionView.Version>> rollback(
            @Context UriInfo request, @PathParam("version") int version,
            @Parameter(description = "the `ETag` of the configuration as read") @HeaderParam("If-Match")
            String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment) {
        requireOneOf(writers());
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(),
                comment == null ? "rollback to version " + version : comment, IfMatch.configVersions(ifMatch));
        return published(request, version)
                .chain(earlier -> restore(request, earlier, change))
                .map(now -> RestResponse.ResponseBuilder.ok(ConfigVersionView.Version.of(now))
                        .tag(tagOf(now.version())).build());
    }

    /** The configuration as read, its version as the {@code ETag}. */
    protected static <T> RestResponse<T> withVersionTag(Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.value()).tag(tagOf(versioned.version())).build();
    }

    /** A configuration version as an HTTP entity tag. */
    public static EntityTag tagOf(int version) {
        return new EntityTag(Integer.toString(version));
    }

    private Uni<StoredDocument> published(UriInfo request, int version) {
        return history.version(kind(request), version).map(found -> found.orElseThrow(() ->
                ProblemException.notFound(capitalised(what(request)) + " has no version " + version)));
    }

    private Uni<StoredDocument> inForce(UriInfo request) {
        return history.inForce(kind(request)).map((Optional<StoredDocument> found) -> found.orElseThrow(() ->
                ProblemException.notFound(capitalised(what(request)) + " was never published")));
    }

    private void requireOneOf(Set<String> roles) {
        if (roles.stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
