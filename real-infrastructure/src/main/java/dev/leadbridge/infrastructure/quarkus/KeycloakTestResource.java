package dev.leadbridge.infrastructure.quarkus;

import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.keycloak.KeycloakOptions;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a {@code @QuarkusTest} a real Keycloak with the LeadBridge realm, so its screens sign people in through the
 * authorization-code flow ({@link dev.leadbridge.infrastructure.testing.Browser#signInAtKeycloak}). The service's
 * bearer API keeps trusting the tests' own tokens. The app under test gets a fixed port, the one Keycloak may send
 * people back to. Keycloak takes tens of seconds to start: restrict it to the screens' test classes.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
 * }</pre>
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer keycloak;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        int appPort = Ports.freePort();
        workDir = Path.of("target", "keycloak", UUID.randomUUID().toString()).toAbsolutePath();
        keycloak = KeycloakServer.start(KeycloakOptions.ephemeral(workDir, List.of("http://localhost:" + appPort)));
        return Map.of(
                "quarkus.http.test-port", String.valueOf(appPort),
                "quarkus.oidc.web.tenant-enabled", "true",
                "quarkus.oidc.web.auth-server-url", keycloak.issuer(),
                "quarkus.oidc.web.credentials.secret", keycloak.clientSecret());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(keycloak,
                new TestInjector.AnnotatedAndMatchesType(InjectRealInfrastructure.class, KeycloakServer.class));
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (workDir != null) {
            Directories.deleteRecursively(workDir);
        }
    }
}
