package dev.leadbridge.intake.api;

import dev.leadbridge.intake.api.security.ApiKeyAuthenticationMechanism;
import dev.leadbridge.intake.application.IntakeMetrics;
import dev.leadbridge.intake.application.RateLimits;
import dev.leadbridge.intake.domain.ApiKeys;
import dev.leadbridge.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to the capture endpoints (leads, touchpoints, form submissions) before any work is done:
 * per API key when one is sent, and always per client IP. The client IP is the connection's, unless the connection
 * comes from a configured proxy: only then is {@code X-Forwarded-For} believed (its right-most address that is not
 * itself a trusted proxy).
 */
public class RateLimitFilter {

    private static final URI TOO_MANY_REQUESTS = URI.create("urn:leadbridge:problem:too-many-requests");

    private final RateLimits limits;
    private final IntakeMetrics metrics;
    private final List<String> trustedProxies;

    RateLimitFilter(RateLimits limits, IntakeMetrics metrics,
                    @ConfigProperty(name = "leadbridge.intake.trusted-proxies", defaultValue = " ")
                    List<String> trustedProxies) {
        this.limits = limits;
        this.metrics = metrics;
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!HttpMethod.POST.equals(context.getMethod()) || !isCaptureEndpoint(context.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Optional<Duration> wait = ApiKeys.prefixOf(context.getHeaderString(ApiKeyAuthenticationMechanism.HEADER))
                .flatMap(limits::takeForApiKey)
                .or(() -> limits.takeForIp(clientIp(request, context.getHeaderString("X-Forwarded-For"))));
        return wait.map(duration -> tooManyRequests(duration, context.getUriInfo().getPath()));
    }

    private static boolean isCaptureEndpoint(String path) {
        return path.equals("/api/v1/leads") || path.equals("/api/v1/touchpoints")
                || (path.startsWith("/api/v1/forms/") && path.endsWith("/submissions"));
    }

    private String clientIp(HttpServerRequest request, String forwardedFor) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private Response tooManyRequests(Duration wait, String path) {
        metrics.rejected("rate_limited");
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Problem problem = new Problem(TOO_MANY_REQUESTS, "Too many requests", 429,
                "Rate limit reached; retry in " + seconds + " s.", URI.create(path), null);
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).entity(problem).build();
    }
}
