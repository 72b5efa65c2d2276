package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The domains of competitors, kept by sales operations as versioned managed data: a lead from one of them is flagged
 * as a competitor, so the scoring model's competitor rule fires (and, as it disqualifies, the lead never becomes an
 * MQL, not even by asking for a demo). Every version is kept; the newest is in force from the next re-score on.
 */
@ApplicationScoped
public class CompetitorDomains {

    static final String KIND = "competitor-domains";

    private static final Logger LOG = Logger.getLogger(CompetitorDomains.class);

    private final ConfigDocuments documents;
    private final ObjectMapper json;

    CompetitorDomains(ConfigDocuments documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** A version of the list; version 0 is the empty list in force before the first publish. */
    public record Version(int version, DomainList list, String publishedBy, Instant publishedAt) {
    }

    /** The list in force; call inside a session. */
    public Uni<Version> current() {
        return documents.latest(KIND).map(latest -> latest.map(this::read)
                .orElse(new Version(0, DomainList.empty(), null, null)));
    }

    @WithSession
    public Uni<Version> inForce() {
        return current();
    }

    @WithSession
    public Uni<List<Version>> history() {
        return documents.history(KIND).map(versions -> versions.stream().map(this::read).toList());
    }

    /**
     * Publishes the domains as the next version; the list already in force, sent again (a double click, a retry), is
     * answered with its version and publishes nothing.
     *
     * @throws InvalidDocumentException naming every entry that is no domain; nothing is published then
     */
    @WithTransaction
    public Uni<Version> publish(List<String> domains, String publishedBy) {
        InvalidDocumentException.throwIfAny("the competitor domains", DomainList.problemsOf(domains));
        DomainList list = new DomainList(domains);
        return documents.lock(KIND).chain(this::current).chain(inForce -> inForce.list().equals(list)
                ? Uni.createFrom().item(inForce)
                : documents.publish(KIND, write(list), publishedBy)
                        .invoke(stored -> LOG.infof("Competitor domains version %d published by %s: %d domains",
                                stored.version(), publishedBy, list.domains().size()))
                        .map(this::read));
    }

    private Version read(StoredDocument stored) {
        try {
            return new Version(stored.version(), json.readValue(stored.document(), DomainList.class),
                    stored.publishedBy(), stored.publishedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("competitor domains version " + stored.version() + " is unreadable", e);
        }
    }

    private String write(DomainList list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the competitor domains", e);
        }
    }
}
