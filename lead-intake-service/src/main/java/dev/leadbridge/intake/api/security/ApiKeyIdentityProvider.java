package dev.leadbridge.intake.api.security;

import dev.leadbridge.intake.application.ApiKeyService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a valid, unrevoked API key into an identity named after the key, holding the integration role. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The role of callers authenticated by API key; people get theirs from JWT groups. */
    public static final String INTEGRATION_ROLE = "integration";

    private final ApiKeyService apiKeys;

    ApiKeyIdentityProvider(ApiKeyService apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return apiKeys.verify(request.key())
                .map(name -> name.<SecurityIdentity>map(integration -> QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(integration))
                                .addRole(INTEGRATION_ROLE)
                                .build())
                        .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
