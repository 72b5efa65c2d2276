package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.SystemOptions;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Starts the whole system for one test class: a fresh broker and database on free ports and the four packaged
 * services as separate processes, with background intervals shortened so nothing waits longer than needed. Logs land
 * under {@code e2e-tests/target/e2e/<name>/logs}.
 */
public final class E2eSystem {

    public static final Path ROOT = Path.of(System.getProperty("leadbridge.project.root", "..")).toAbsolutePath()
            .normalize();

    private E2eSystem() {
    }

    public static LeadBridgeSystem start(String name) {
        return start(name, UnaryOperator.identity());
    }

    public static LeadBridgeSystem start(String name, UnaryOperator<SystemOptions> tweaks) {
        Path stateDir = ROOT.resolve("e2e-tests/target/e2e").resolve(name);
        SystemOptions options = SystemOptions.ephemeral(stateDir, ROOT.resolve("e2e-tests/target/postgres-binaries"))
                // the score maintenance (queue drain, decay) runs every second instead of every 30
                .with(LeadBridgeService.QUALIFICATION, "LEADBRIDGE_QUALIFICATION_MAINTENANCE_INTERVAL", "1s")
                // every request of a test comes from one address, which the per-address limit would throttle
                .with(LeadBridgeService.LEAD_INTAKE, "RATE_LIMIT_PER_IP_PER_MINUTE", "1000000");
        java.time.Instant started = java.time.Instant.now();
        LeadBridgeSystem system = LeadBridgeSystem.start(ROOT, tweaks.apply(options));
        System.out.printf("e2e: %s: broker, database and four services ready %d s after start%n", name,
                java.time.Duration.between(started, java.time.Instant.now()).toSeconds());
        return system;
    }
}
