package dev.leadbridge.infrastructure.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import dev.leadbridge.events.Topics;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What "writes nothing" is measured by: the content of every table of a database and the records of every partition
 * of some topics, taken before and after an operation that must not write (a what-if, a hostile request). Equal maps
 * mean nothing was inserted, updated, deleted or published.
 */
public final class WriteCounts {

    private static final int SETTLE_ATTEMPTS = 25;
    private static final Duration SETTLE_PAUSE = Duration.ofMillis(200);

    private WriteCounts() {
    }

    /**
     * Every table of the service under test's database and the records of every topic of the contract, as they are now:
     * equal to one taken before an operation when the operation wrote and published nothing.
     */
    public record Snapshot(Map<String, String> tables, Map<String, Long> records) {
    }

    /**
     * A {@link Snapshot} of the service under test's database and of every topic on the broker, once the service is at
     * rest: work already under way when it is taken (the outbox relay marking a row it just published as sent, say)
     * would otherwise show as a write of the operation under test. At rest means two snapshots a moment apart agree.
     */
    public static Snapshot snapshot(String bootstrapServers) {
        Snapshot previous = new Snapshot(tableContents(), recordsPerPartition(bootstrapServers, Topics.all()));
        for (int attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
            sleep(SETTLE_PAUSE);
            Snapshot current = new Snapshot(tableContents(), recordsPerPartition(bootstrapServers, Topics.all()));
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service to settle", e);
        }
    }

    /** Every table of the service under test's database, as its configuration names it. */
    public static Map<String, String> tableContents() {
        Config config = ConfigProvider.getConfig();
        return tableContents(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /**
     * Every table of the public schema by name: its row count and a digest of all its rows, so that an update shows
     * as well as an insert or a delete. Meant for test databases, which are small.
     */
    public static Map<String, String> tableContents(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> contents = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ' rows ' "
                        + "|| coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"" + table + "\" t")) {
                    rows.next();
                    contents.put(table, rows.getString(1));
                }
            }
            return contents;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + jdbcUrl, e);
        }
    }

    /** The end offset of every partition of the topics (records ever published), by "topic-partition". */
    public static Map<String, Long> recordsPerPartition(String bootstrapServers, Collection<String> topics) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            return admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(entry -> entry.getKey().toString(), entry -> entry.getValue().offset(),
                            (a, b) -> a, TreeMap::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics, e);
        }
    }
}
