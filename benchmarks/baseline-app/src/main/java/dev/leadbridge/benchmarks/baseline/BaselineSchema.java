package dev.leadbridge.benchmarks.baseline;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The one table, created at start: a throw-away benchmark database needs no migration tool. */
@ApplicationScoped
public class BaselineSchema {

    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS baseline_lead (
                id uuid PRIMARY KEY,
                received_at timestamptz NOT NULL,
                body jsonb NOT NULL)""";

    void create(@Observes StartupEvent startup, Pool pool) {
        pool.query(CREATE_TABLE).execute().await().indefinitely();
    }
}
