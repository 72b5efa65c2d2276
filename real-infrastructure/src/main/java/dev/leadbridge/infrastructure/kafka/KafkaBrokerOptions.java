package dev.leadbridge.infrastructure.kafka;

import dev.leadbridge.infrastructure.Ports;
import java.nio.file.Path;

/**
 * How to run a broker.
 *
 * @param port              client (PLAINTEXT) port
 * @param controllerPort    KRaft controller port
 * @param workDir           holds config, logs and data
 * @param defaultPartitions partitions of auto-created topics
 * @param maxHeap           JVM -Xmx value, e.g. {@code 512m}
 * @param deleteOnClose     true for throw-away brokers (tests)
 */
public record KafkaBrokerOptions(int port, int controllerPort, Path workDir, int defaultPartitions, String maxHeap,
                                 boolean deleteOnClose) {

    /** A throw-away broker on free ports, as each test run wants. */
    public static KafkaBrokerOptions ephemeral(Path workDir) {
        return new KafkaBrokerOptions(Ports.freePort(), Ports.freePort(), workDir, 3, "512m", true);
    }
}
