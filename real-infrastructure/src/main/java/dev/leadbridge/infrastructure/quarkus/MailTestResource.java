package dev.leadbridge.infrastructure.quarkus;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.mail.MailServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real SMTP server ({@link MailServer}) and points Quarkus Mailer at it, really
 * sending (the mailer's test-mode mock is off). Inject the server with {@link InjectRealInfrastructure}.
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    private MailServer server;

    @Override
    public Map<String, String> start() {
        server = MailServer.start(Ports.freePort());
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", server.host(),
                "quarkus.mailer.port", String.valueOf(server.port()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectRealInfrastructure.class, MailServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
