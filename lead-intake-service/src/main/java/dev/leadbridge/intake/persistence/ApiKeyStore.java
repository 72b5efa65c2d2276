package dev.leadbridge.intake.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * API keys in PostgreSQL, through the plain reactive client: authentication runs before any request's Hibernate
 * session exists, and these are single-statement reads and writes.
 */
@ApplicationScoped
public class ApiKeyStore {

    /** An API key as stored: never the key itself, only its prefix and hash. */
    public record StoredApiKey(UUID id, String name, String prefix, String hash, String createdBy,
                               Instant createdAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    private static final String COLUMNS = "id, name, key_prefix, key_hash, created_by, created_at, revoked_at";

    private final Pool pool;

    ApiKeyStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(StoredApiKey key) {
        return pool.preparedQuery("INSERT INTO api_key (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, NULL)")
                .execute(Tuple.of(key.id(), key.name(), key.prefix(), key.hash(), key.createdBy(), utc(key.createdAt())))
                .replaceWithVoid();
    }

    public Uni<Optional<StoredApiKey>> findByPrefix(String prefix) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM api_key WHERE key_prefix = $1")
                .execute(Tuple.of(prefix))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(ApiKeyStore::toKey));
    }

    public Uni<List<StoredApiKey>> list() {
        return pool.query("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, id").execute()
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ApiKeyStore::toKey).toList());
    }

    /** Revokes a key; false when there is no such key. Revoking twice keeps the first revocation time. */
    public Uni<Boolean> revoke(UUID id, Instant at) {
        return pool.preparedQuery("UPDATE api_key SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1")
                .execute(Tuple.of(id, utc(at)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static StoredApiKey toKey(Row row) {
        OffsetDateTime revoked = row.getOffsetDateTime("revoked_at");
        return new StoredApiKey(row.getUUID("id"), row.getString("name"), row.getString("key_prefix"),
                row.getString("key_hash"), row.getString("created_by"),
                row.getOffsetDateTime("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
