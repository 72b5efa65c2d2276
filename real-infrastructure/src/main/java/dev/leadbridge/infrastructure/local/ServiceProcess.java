package dev.leadbridge.infrastructure.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One instance of a LeadBridge service running as its own JVM on a port of its own. */
public final class ServiceProcess extends JvmProcess {

    private final LeadBridgeService service;

    private ServiceProcess(LeadBridgeService service, int port, Process process) {
        super(port, process);
        this.service = service;
    }

    /**
     * Starts the service's packaged build on {@code port} in a JVM with {@code jvmOptions}; the environment carries
     * its connections and secrets.
     */
    public static ServiceProcess launch(LeadBridgeService service, int port, Path projectRoot, List<String> jvmOptions,
                                        Map<String, String> environment, Path logFile) {
        return new ServiceProcess(service, port,
                start(service.runnerJar(projectRoot), port, jvmOptions, environment, logFile));
    }

    public LeadBridgeService service() {
        return service;
    }
}
