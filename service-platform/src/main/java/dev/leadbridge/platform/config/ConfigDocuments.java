package dev.leadbridge.platform.config;

import dev.leadbridge.platform.locking.TransactionLocks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Versioned configuration documents of any kind (a service names its kinds): publishing adds the next version and
 * never changes an earlier one, so every decision can name the version it was made under and that version can be
 * read again. The caller validates the document first; this store keeps text.
 */
@ApplicationScoped
public class ConfigDocuments {

    private static final Logger LOG = Logger.getLogger(ConfigDocuments.class);

    private static final String COLUMNS = "kind, version, document, published_by, published_at";

    private final Clock clock;

    ConfigDocuments(Clock clock) {
        this.clock = clock;
    }

    /** The version in force; empty before the first publish. Call inside a session. */
    public Uni<Optional<StoredDocument>> latest(String kind) {
        return select("WHERE kind = :kind ORDER BY version DESC LIMIT 1", kind).map(rows -> rows.stream().findFirst());
    }

    /** Every version of the kind, newest first. Call inside a session. */
    public Uni<List<StoredDocument>> history(String kind) {
        return select("WHERE kind = :kind ORDER BY version DESC", kind);
    }

    /**
     * Publishes the document as the kind's next version; the document in force sent again (a double click, a retry)
     * is answered with its version and publishes nothing. Publishes of one kind are serialised by a transaction lock,
     * so two at once get consecutive versions and neither is lost. Call inside a transaction.
     */
    public Uni<StoredDocument> publish(String kind, String document, String publishedBy) {
        return TransactionLocks.lock("config-document:" + kind)
                .chain(() -> latest(kind))
                .chain(latest -> latest.isPresent() && latest.get().document().equals(document)
                        ? Uni.createFrom().item(latest.get())
                        : insert(kind, latest.map(StoredDocument::version).orElse(0) + 1, document, publishedBy));
    }

    private Uni<StoredDocument> insert(String kind, int version, String document, String publishedBy) {
        Instant now = clock.instant();
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO config_document ("
                                + COLUMNS + ") VALUES (:kind, :version, :document, :by, :at)")
                        .setParameter("kind", kind).setParameter("version", version)
                        .setParameter("document", document).setParameter("by", publishedBy)
                        .setParameter("at", now)
                        .executeUpdate())
                .invoke(() -> LOG.infof("%s version %d published by %s", kind, version, publishedBy))
                .replaceWith(new StoredDocument(kind, version, document, publishedBy, now));
    }

    private Uni<List<StoredDocument>> select(String where, String kind) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM config_document " + where, Object[].class)
                .setParameter("kind", kind)
                .getResultList())
                .map(rows -> rows.stream().map(ConfigDocuments::stored).toList());
    }

    private static StoredDocument stored(Object[] row) {
        return new StoredDocument((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                instant(row[4]));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }
}
