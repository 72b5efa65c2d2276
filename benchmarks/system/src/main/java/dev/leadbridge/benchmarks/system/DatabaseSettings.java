package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The settings a database figure depends on, asked from the server itself rather than assumed. */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    static String describe(PostgresServer postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
                postgres.password());
             Statement statement = connection.createStatement()) {
            return "PostgreSQL %s, fsync=%s, synchronous_commit=%s".formatted(show(statement, "server_version"),
                    show(statement, "fsync"), show(statement, "synchronous_commit"));
        } catch (SQLException e) {
            return "PostgreSQL (settings unreadable: " + e.getMessage() + ")";
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
            value.next();
            return value.getString(1);
        }
    }
}
