package dev.leadbridge.intake.api.security;

import dev.leadbridge.intake.api.ClientAddresses;
import dev.leadbridge.intake.application.RateLimits;
import dev.leadbridge.intake.domain.ApiKeys;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Authenticates integrations by their {@code X-Api-Key} header, beside JWT bearer tokens for people: a request
 * without the header is left to the other mechanisms. A key that fails costs its client address an anonymous
 * request's allowance ({@link RateLimits#refusedKey}), so guessing keys is rate limited by address.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Api-Key";

    private final RateLimits limits;
    private final ClientAddresses addresses;

    ApiKeyAuthenticationMechanism(RateLimits limits, ClientAddresses addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviders.authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context))
                .onFailure(AuthenticationFailedException.class)
                .invoke(() -> chargeAddressOfWellFormed(key, context));
    }

    /** A malformed key was charged to its address by the rate limit already, as a request without a key is. */
    private void chargeAddressOfWellFormed(String key, RoutingContext context) {
        if (ApiKeys.prefixOf(key).isPresent()) {
            limits.refusedKey(addresses.of(context.request()));
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey header=\"" + HEADER + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }
}
