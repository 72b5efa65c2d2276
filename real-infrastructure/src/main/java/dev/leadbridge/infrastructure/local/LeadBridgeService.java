package dev.leadbridge.infrastructure.local;

import java.nio.file.Path;

/** The four services: module, the port the local run gives each, and each one's own database. */
public enum LeadBridgeService {

    LEAD_INTAKE("lead-intake-service", 8081, "leadbridge_intake"),
    QUALIFICATION("qualification-service", 8082, "leadbridge_qualification"),
    SLA_MONITOR("sla-monitor-service", 8083, "leadbridge_sla"),
    ATTRIBUTION("attribution-service", 8084, "leadbridge_attribution");

    private final String module;
    private final int port;
    private final String database;

    LeadBridgeService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    /** The port of the local run (and of the deployment manifests). */
    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The fast-jar launcher that {@code ./mvnw package} leaves in the module. */
    public Path runnerJar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
