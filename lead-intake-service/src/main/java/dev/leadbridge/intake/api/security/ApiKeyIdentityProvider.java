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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a valid, unrevoked API key into an identity named after the key, holding the integration role; and the
 * services' own key (configured, never stored) into the service role, which reads leads' personal-data keys.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The role of callers authenticated by API key; people get theirs from JWT groups. */
    public static final String INTEGRATION_ROLE = "integration";
    /** The role of LeadBridge's own services calling intake, e.g. qualification reading a lead's key. */
    public static final String SERVICE_ROLE = "service";

    private final ApiKeyService apiKeys;
    private final Optional<byte[]> serviceKey;

    ApiKeyIdentityProvider(ApiKeyService apiKeys,
                           @ConfigProperty(name = "leadbridge.intake.service-key") Optional<String> serviceKey) {
        this.apiKeys = apiKeys;
        this.serviceKey = serviceKey.filter(key -> !key.isBlank()).map(key -> key.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (isServiceKey(request.key())) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("leadbridge-service"))
                    .addRole(SERVICE_ROLE)
                    .build());
        }
        return apiKeys.verify(request.key())
                .map(name -> name.<SecurityIdentity>map(integration -> QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(integration))
                                .addRole(INTEGRATION_ROLE)
                                .build())
                        .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }

    /** Compared in constant time, so response timing reveals nothing about the key. */
    private boolean isServiceKey(String presented) {
        return presented != null && serviceKey.map(
                key -> MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
