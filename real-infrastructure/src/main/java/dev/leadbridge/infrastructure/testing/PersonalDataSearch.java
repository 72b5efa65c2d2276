package dev.leadbridge.infrastructure.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Looks for a person's data everywhere a service keeps rows: every column of every table, as text, whatever the
 * schema. Erasure tests use it so a table added later cannot keep a copy unnoticed.
 */
public final class PersonalDataSearch {

    private static final String TABLES = """
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""";

    private PersonalDataSearch() {
    }

    /**
     * As {@link #tablesContaining(String, String, String, String)} in the database of the service under test, as its
     * configuration ({@code quarkus.datasource.jdbc.*}) names it.
     */
    public static List<String> tablesContaining(String text) {
        Config config = ConfigProvider.getConfig();
        return tablesContaining(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), text);
    }

    /**
     * The tables holding {@code text} (case-insensitively) in any column, as {@code schema.table}.
     *
     * @param jdbcUrl the service's database
     */
    public static List<String> tablesContaining(String jdbcUrl, String user, String password, String text) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            List<String> found = new ArrayList<>();
            for (String table : tablesOf(connection)) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE strpos(lower(t::text), ?) > 0")) {
                    query.setString(1, text.toLowerCase(Locale.ROOT));
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search " + jdbcUrl, e);
        }
    }

    private static List<String> tablesOf(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
