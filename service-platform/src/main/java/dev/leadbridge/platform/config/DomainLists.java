package dev.leadbridge.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Domain lists kept as versioned managed data (competitors, blocked senders), one {@link ConfigDocuments} kind each:
 * published as a whole, every version kept, the newest in force. The list in force sent again (a double click, a
 * retry) is answered with its version and publishes nothing.
 */
@ApplicationScoped
public class DomainLists {

    private final ConfigDocuments documents;
    private final ObjectMapper json;

    DomainLists(ConfigDocuments documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** A version of a list; version 0 is the empty list in force before the first publish. */
    public record Version(int version, DomainList list, String publishedBy, Instant publishedAt) {
    }

    /** The list of the kind in force, in a session of its own. */
    public Uni<Version> inForce(String kind) {
        return Panache.withSession(() -> current(kind));
    }

    /** As {@link #publish}, in a transaction of its own. */
    public Uni<Version> publishVersion(String kind, String what, List<String> domains, ConfigChange change) {
        return Panache.withTransaction(() -> publish(kind, what, domains, change));
    }

    /** An earlier version's list published again as the next version, in a transaction of its own. */
    public Uni<StoredDocument> restore(String kind, String what, StoredDocument earlier, ConfigChange change) {
        return Panache.withTransaction(() -> publishDocument(kind, what, read(earlier).list().domains(), change));
    }

    /** The list of the kind in force; call inside a session. */
    public Uni<Version> current(String kind) {
        return documents.latest(kind).map(latest -> latest.map(this::read)
                .orElse(new Version(0, DomainList.empty(), null, null)));
    }

    /**
     * Publishes the domains as the kind's next version, unless they are the list in force; call inside a transaction.
     *
     * @param what the list's name for people, e.g. "the competitor domains"
     * @throws InvalidDocumentException naming every entry that is no domain; nothing is published then
     * @throws StaleConfigurationException when the change was based on a version no longer in force
     */
    public Uni<Version> publish(String kind, String what, List<String> domains, ConfigChange change) {
        return publishDocument(kind, what, domains, change).map(this::read);
    }

    private Uni<StoredDocument> publishDocument(String kind, String what, List<String> domains, ConfigChange change) {
        InvalidDocumentException.throwIfAny(what, DomainList.problemsOf(domains));
        // a normalised list always writes the same text, so the list in force sent again is the document in force
        return documents.publish(kind, write(new DomainList(domains)), 1, what, change);
    }

    private Version read(StoredDocument stored) {
        try {
            return new Version(stored.version(), json.readValue(stored.document(), DomainList.class),
                    stored.publishedBy(), stored.publishedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(stored.kind() + " version " + stored.version() + " is unreadable", e);
        }
    }

    private String write(DomainList list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a domain list", e);
        }
    }
}
