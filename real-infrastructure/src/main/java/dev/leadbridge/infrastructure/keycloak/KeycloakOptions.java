package dev.leadbridge.infrastructure.keycloak;

import dev.leadbridge.infrastructure.Ports;
import java.nio.file.Path;
import java.util.List;

/**
 * How to run Keycloak with the LeadBridge realm.
 *
 * @param workDir        where the distribution is unpacked and the server logs (kept between local runs)
 * @param port           the HTTP port people and services reach it on
 * @param managementPort the port of its health endpoints
 * @param redirectUris   where the screens' client may send people back after sign-in ({@code http://host:port/*})
 * @param clientSecret   the screens' client secret
 * @param demoPassword   the password of every demo user
 */
public record KeycloakOptions(Path workDir, int port, int managementPort, List<String> redirectUris,
                              String clientSecret, String demoPassword) {

    /** A throw-away server on free ports for tests, the screens of {@code serviceBaseUrls} allowed to sign people in. */
    public static KeycloakOptions ephemeral(Path workDir, List<String> serviceBaseUrls) {
        return new KeycloakOptions(workDir, Ports.freePort(), Ports.freePort(), signInReturns(serviceBaseUrls),
                "test-client-secret", "test-password");
    }

    /** These options with the screens of {@code serviceBaseUrls} as the places sign-in may return to. */
    public KeycloakOptions returningTo(List<String> serviceBaseUrls) {
        return new KeycloakOptions(workDir, port, managementPort, signInReturns(serviceBaseUrls), clientSecret,
                demoPassword);
    }

    private static List<String> signInReturns(List<String> serviceBaseUrls) {
        return serviceBaseUrls.stream().map(url -> url + "/*").toList();
    }
}
