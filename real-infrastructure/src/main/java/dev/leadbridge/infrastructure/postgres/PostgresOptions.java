package dev.leadbridge.infrastructure.postgres;

import dev.leadbridge.infrastructure.Ports;
import java.nio.file.Path;

/**
 * How to run a PostgreSQL server.
 *
 * @param port          the port to listen on
 * @param dataDir       the cluster's data directory
 * @param binariesDir   where the binaries are unpacked (kept between runs: unpacking costs seconds)
 * @param durable       fsync and synchronous commit on; off trades durability for test speed
 * @param deleteOnClose true for throw-away servers (tests)
 */
public record PostgresOptions(int port, Path dataDir, Path binariesDir, boolean durable, boolean deleteOnClose) {

    /** A throw-away, non-durable server on a free port, as each test run wants. */
    public static PostgresOptions ephemeral(Path workDir, Path binariesDir) {
        return new PostgresOptions(Ports.freePort(), workDir.resolve("pgdata"), binariesDir, false, true);
    }
}
