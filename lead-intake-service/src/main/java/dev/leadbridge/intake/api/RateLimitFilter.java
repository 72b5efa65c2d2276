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
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to the capture endpoints (leads, touchpoints, form submissions) before any work is done. A
 * request carrying an API key is limited by its key alone: an integration (a CRM sync, a website's server) sends all
 * its leads from one address, and the key's own allowance is what it was given. Every other request is limited by its
 * client address ({@link ClientAddresses}). An address whose allowance is used up, by anonymous requests or by keys
 * that failed to authenticate ({@link RateLimits#refusedKey}), gets 429 for keyed requests too, so trying made-up keys
 * is no way around the address's limit.
 */
public class RateLimitFilter {

    private static final URI TOO_MANY_REQUESTS = URI.create("urn:leadbridge:problem:too-many-requests");

    private final RateLimits limits;
    private final IntakeMetrics metrics;
    private final ClientAddresses addresses;

    RateLimitFilter(RateLimits limits, IntakeMetrics metrics, ClientAddresses addresses) {
        this.limits = limits;
        this.metrics = metrics;
        this.addresses = addresses;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!HttpMethod.POST.equals(context.getMethod()) || !isCaptureEndpoint(context.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String address = addresses.of(request);
        Optional<String> keyPrefix = ApiKeys.prefixOf(context.getHeaderString(ApiKeyAuthenticationMechanism.HEADER));
        Optional<Duration> wait = keyPrefix.isPresent()
                ? limits.exhausted(address).or(() -> limits.takeForApiKey(keyPrefix.get()))
                : limits.takeForIp(address);
        return wait.map(duration -> tooManyRequests(duration, context.getUriInfo().getPath()));
    }

    private static boolean isCaptureEndpoint(String path) {
        return path.equals("/api/v1/leads") || path.equals("/api/v1/touchpoints")
                || (path.startsWith("/api/v1/forms/") && path.endsWith("/submissions"));
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
