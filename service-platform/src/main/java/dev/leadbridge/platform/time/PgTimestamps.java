package dev.leadbridge.platform.time;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from PostgreSQL's {@code timestamp with time zone} through the reactive client, which binds and
 * reads {@link OffsetDateTime}. Null stays null both ways, for optional columns and parameters.
 */
public final class PgTimestamps {

    private PgTimestamps() {
    }

    /** The instant as a parameter, in UTC. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public static Instant instant(Row row, String column) {
        return instant(row.getOffsetDateTime(column));
    }
}
