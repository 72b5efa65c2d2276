package dev.leadbridge.infrastructure.postgres;

import dev.leadbridge.infrastructure.Directories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from the embedded binaries published on Maven Central (zonky), which also runs as root.
 *
 * <p>The server can be stopped and started again on the same port and data, so fault tests can take the database
 * away from running services. Ephemeral servers trade durability for speed ({@code fsync} and synchronous commit
 * off); the local run asks for a durable one.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    public static final String SUPERUSER = "postgres";

    private final PostgresOptions options;
    private EmbeddedPostgres postgres;

    private PostgresServer(PostgresOptions options) {
        this.options = options;
    }

    /** Initialises a fresh data directory and starts the server. */
    public static PostgresServer start(PostgresOptions options) {
        Directories.deleteRecursively(options.dataDir());
        PostgresServer server = new PostgresServer(options);
        server.startProcess();
        return server;
    }

    public int port() {
        return options.port();
    }

    public String username() {
        return SUPERUSER;
    }

    /** The server trusts local connections; drivers still want a password to send. */
    public String password() {
        return SUPERUSER;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + options.port() + "/" + database;
    }

    /** The URL form the Vert.x reactive PostgreSQL client expects. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + options.port() + "/" + database;
    }

    public boolean isRunning() {
        return postgres != null;
    }

    /** Creates a database unless it exists; each service owns one. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Stops the server (fast shutdown), keeping its data for {@link #restart()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    /** Starts the server again on the same port and data after {@link #stop()}. */
    public synchronized void restart() {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL is already running");
        }
        startProcess();
    }

    /** Stops the server and, for an ephemeral server, deletes its data. */
    @Override
    public void close() {
        stop();
        if (options.deleteOnClose()) {
            Directories.deleteRecursively(options.dataDir());
        }
    }

    private void startProcess() {
        Directories.create(options.binariesDir());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(options.port())
                .setDataDirectory(options.dataDir())
                // data survives stop() so restart() finds it; close() deletes it when asked to
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(options.binariesDir().toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200");
        if (options.durable()) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
        LOG.info(() -> "PostgreSQL ready on port " + options.port() + (options.durable() ? " (durable)" : " (fsync off)"));
    }
}
