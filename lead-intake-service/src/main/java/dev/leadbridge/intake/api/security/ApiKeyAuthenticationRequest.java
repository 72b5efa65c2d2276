package dev.leadbridge.intake.api.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The {@code X-Api-Key} an integration sent. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
