package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import java.util.Set;

/**
 * One operation of the public API and who may call it: roles (from {@code ../shared/API.md} and each service's
 * OpenAPI), an integration's API key, or anybody (website forms).
 *
 * @param path         with {@code {…}} placeholders, as OpenAPI names it
 * @param roles        the JWT roles allowed; empty for an operation no token opens
 * @param apiKey       an integration's {@code X-Api-Key} opens it
 * @param open         anybody may call it (website forms)
 * @param sampleBody   a body of the right shape, or null for none
 */
public record Endpoint(LeadBridgeService service, String method, String path, Set<String> roles, boolean apiKey,
                       boolean open, String sampleBody) {

    public static final Set<String> ALL_ROLES = Set.of("rep", "manager", "admin", "ops", "marketing");

    public static Endpoint secured(LeadBridgeService service, String method, String path, String body,
                                   String... roles) {
        return new Endpoint(service, method, path, Set.of(roles), false, false, body);
    }

    public static Endpoint withApiKey(LeadBridgeService service, String method, String path, String body,
                                      String... roles) {
        return new Endpoint(service, method, path, Set.of(roles), true, false, body);
    }

    public static Endpoint open(LeadBridgeService service, String method, String path) {
        return new Endpoint(service, method, path, Set.of(), false, true, null);
    }

    /** The path with a configuration version in its {@code {version}} placeholder and {@code id} in every other. */
    public String concretePath(String id, String version) {
        return path.replace("{version}", version).replaceAll("\\{[a-zA-Z]+\\}", id);
    }

    /** A role this operation refuses, if there is one. */
    public java.util.Optional<String> forbiddenRole() {
        return ALL_ROLES.stream().sorted().filter(role -> !roles.contains(role)).findFirst();
    }

    public boolean hasBody() {
        return method.equals("POST") || method.equals("PUT");
    }

    @Override
    public String toString() {
        return method + " " + service.module() + path;
    }
}
