package dev.leadbridge.platform.config;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Reading the history of any configuration kind, each call in a session of its own: the versions, one version, and
 * what changed between two. Publishing stays with each configuration's owner, which validates first.
 */
@ApplicationScoped
public class ConfigurationHistory {

    private final ConfigDocuments documents;

    ConfigurationHistory(ConfigDocuments documents) {
        this.documents = documents;
    }

    /** Every version, newest first. */
    public Uni<List<StoredDocument>> versions(String kind) {
        return Panache.withSession(() -> documents.history(kind));
    }

    public Uni<Optional<StoredDocument>> version(String kind, int version) {
        return Panache.withSession(() -> documents.version(kind, version));
    }

    /** The version in force; empty before the first publish. */
    public Uni<Optional<StoredDocument>> inForce(String kind) {
        return Panache.withSession(() -> documents.latest(kind));
    }
}
