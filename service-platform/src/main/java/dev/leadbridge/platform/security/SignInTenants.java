package dev.leadbridge.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses which OpenID Connect tenant authenticates a request. Every service has three:
 * <ul>
 *   <li>the default tenant: bearer tokens from the organisation's identity provider (integrations, scripts, the
 *       screens' own API calls are not among them);</li>
 *   <li>{@value #WEB}: people signing in to the screens through the authorization-code flow; the session lives in an
 *       encrypted cookie, and the screens call the API with it;</li>
 *   <li>{@value #LOCAL}: tokens signed with the local run's own key ({@code ./leadbridge token}), enabled only where
 *       that key is configured, never in a deployment.</li>
 * </ul>
 * A request that carries a bearer token is always judged by its token (by the tenant of its issuer); a request
 * without one is a person's only under {@code /ui/} or when it carries the screens' session cookie. A cookie alone never
 * authenticates a state-changing request unless it also names {@code X-Requested-With} (which a cross-site form cannot
 * send), so the session cookie cannot be ridden by another site.
 */
@ApplicationScoped
public class SignInTenants implements TenantResolver {

    public static final String WEB = "web";
    public static final String LOCAL = "local";
    /** Sent by the screens' scripts: marks a request as coming from our own page (and asks for 499, not a redirect). */
    public static final String REQUESTED_WITH = "X-Requested-With";
    static final String SCREENS_PATH = "/ui/";
    private static final String SESSION_COOKIE_PREFIX = "q_session_";
    /** Marks a request this resolver gave to the screens' tenant. */
    private static final String SCREEN_REQUEST = SignInTenants.class.getName() + ".screen";
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean webEnabled;
    private final String sessionCookie;
    private final boolean localEnabled;
    private final Optional<String> localIssuer;

    public SignInTenants(@ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false")
                         boolean webEnabled,
                         @ConfigProperty(name = "quarkus.oidc.web.authentication.cookie-suffix", defaultValue = WEB)
                         String cookieSuffix,
                         @ConfigProperty(name = "quarkus.oidc.local.tenant-enabled", defaultValue = "false")
                         boolean localEnabled,
                         @ConfigProperty(name = "quarkus.oidc.local.token.issuer") Optional<String> localIssuer) {
        this.webEnabled = webEnabled;
        this.sessionCookie = SESSION_COOKIE_PREFIX + cookieSuffix;
        this.localEnabled = localEnabled;
        this.localIssuer = localIssuer;
    }

    @Override
    public String resolve(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null) {
            return localEnabled && localIssuer.isPresent() && localIssuer.get().equals(issuerOf(authorization))
                    ? LOCAL : null;
        }
        if (webEnabled && (context.normalizedPath().startsWith(SCREENS_PATH) || carriesSession(context))) {
            context.put(SCREEN_REQUEST, Boolean.TRUE);
            return WEB;
        }
        return null;
    }

    /**
     * Whether a person on a screen made this request: refused, they are sent to sign in (or, from the page's own
     * script, told their session ended) rather than handed a bearer-token problem.
     */
    public static boolean isScreenRequest(RoutingContext context) {
        return Boolean.TRUE.equals(context.get(SCREEN_REQUEST));
    }

    private boolean carriesSession(RoutingContext context) {
        boolean ownPage = SAFE_METHODS.contains(context.request().method())
                || context.request().getHeader(REQUESTED_WITH) != null;
        return ownPage && context.request().cookies().stream().map(Cookie::getName)
                .anyMatch(name -> name.equals(sessionCookie) || name.startsWith(sessionCookie + "_"));
    }

    /**
     * The {@code iss} claim of a bearer JWT, read without verifying it: it only picks who verifies the token; null when
     * the header holds no readable JWT (the default tenant then refuses it).
     */
    static String issuerOf(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode issuer = claims == null ? null : claims.get("iss");
            return issuer != null && issuer.isTextual() ? issuer.asText() : null;
        } catch (IllegalArgumentException | IOException notAJwt) {
            return null;
        }
    }
}
