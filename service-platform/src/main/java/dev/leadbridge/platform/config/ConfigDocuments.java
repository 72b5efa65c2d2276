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

    private static final String COLUMNS =
            "kind, version, document, document_version, published_by, published_at, comment";

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

    /** One version of the kind; empty when it was never published. Call inside a session. */
    public Uni<Optional<StoredDocument>> version(String kind, int version) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM config_document WHERE kind = :kind AND version = :version",
                        Object[].class)
                .setParameter("kind", kind).setParameter("version", version)
                .getResultList())
                .map(rows -> rows.stream().map(ConfigDocuments::stored).findFirst());
    }

    /** The kinds whose names start with the prefix, e.g. every calendar's. Call inside a session. */
    public Uni<List<String>> kindsStartingWith(String prefix) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT DISTINCT kind FROM config_document WHERE starts_with(kind, :prefix) ORDER BY kind",
                        String.class)
                .setParameter("prefix", prefix)
                .getResultList());
    }

    /** As {@link #publish(String, String, int, String, ConfigChange)} in stored shape 1, by anyone's version. */
    public Uni<StoredDocument> publish(String kind, String document, String publishedBy) {
        return publish(kind, document, 1, "the " + kind, ConfigChange.by(publishedBy));
    }

    /**
     * Publishes the document as the kind's next version. The document in force sent again (a double click, a retry)
     * is answered with its version and publishes nothing, whatever version the change was based on: the repeat of a
     * publish that succeeded must not fail on the version it created. Publishes of one kind are serialised by a
     * transaction lock, so two at once get consecutive versions and neither is lost. Call inside a transaction.
     *
     * @param what the configuration's name for people, in problems: "the scoring model"
     * @throws StaleConfigurationException when the change was based on a version no longer in force
     */
    public Uni<StoredDocument> publish(String kind, String document, int documentVersion, String what,
                                       ConfigChange change) {
        return TransactionLocks.lock("config-document:" + kind)
                .chain(() -> latest(kind))
                .chain(latest -> {
                    if (latest.isPresent() && latest.get().document().equals(document)) {
                        return Uni.createFrom().item(latest.get());
                    }
                    int inForce = latest.map(StoredDocument::version).orElse(0);
                    if (!change.allowsOver(inForce)) {
                        return Uni.createFrom().failure(new StaleConfigurationException(what, inForce));
                    }
                    return insert(new StoredDocument(kind, inForce + 1, document, documentVersion, change.author(),
                            clock.instant(), change.comment()));
                });
    }

    private Uni<StoredDocument> insert(StoredDocument next) {
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO config_document ("
                                + COLUMNS + ") VALUES (:kind, :version, :document, :documentVersion, :by, :at, "
                                + ":comment)")
                        .setParameter("kind", next.kind()).setParameter("version", next.version())
                        .setParameter("document", next.document())
                        .setParameter("documentVersion", next.documentVersion())
                        .setParameter("by", next.publishedBy()).setParameter("at", next.publishedAt())
                        .setParameter("comment", next.comment())
                        .executeUpdate())
                .invoke(() -> LOG.infof("%s version %d published by %s", next.kind(), next.version(),
                        next.publishedBy()))
                .replaceWith(next);
    }

    private Uni<List<StoredDocument>> select(String where, String kind) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM config_document " + where, Object[].class)
                .setParameter("kind", kind)
                .getResultList())
                .map(rows -> rows.stream().map(ConfigDocuments::stored).toList());
    }

    private static StoredDocument stored(Object[] row) {
        return new StoredDocument((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], instant(row[5]), (String) row[6]);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }
}
