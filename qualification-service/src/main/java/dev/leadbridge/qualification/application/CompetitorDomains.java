package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.config.DomainLists;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The domains of competitors, kept by sales operations as versioned managed data: a lead from one of them is flagged
 * as a competitor, so the scoring model's competitor rule fires (and, as it disqualifies, the lead never becomes an
 * MQL, not even by asking for a demo). The newest version is in force from each lead's next re-score on.
 */
@ApplicationScoped
public class CompetitorDomains {

    static final String KIND = "competitor-domains";

    private static final Logger LOG = Logger.getLogger(CompetitorDomains.class);

    private final DomainLists lists;

    CompetitorDomains(DomainLists lists) {
        this.lists = lists;
    }

    /** The list in force; call inside a session. */
    public Uni<DomainLists.Version> current() {
        return lists.current(KIND);
    }

    @WithSession
    public Uni<DomainLists.Version> inForce() {
        return current();
    }

    @WithSession
    public Uni<List<DomainLists.Version>> history() {
        return lists.history(KIND);
    }

    /**
     * Publishes the domains as the next version, unless they are the list in force.
     *
     * @throws InvalidDocumentException naming every entry that is no domain; nothing is published then
     */
    @WithTransaction
    public Uni<DomainLists.Version> publish(List<String> domains, String publishedBy) {
        return lists.publish(KIND, "the competitor domains", domains, publishedBy)
                .invoke(version -> LOG.infof("Competitor domains version %d in force (%s): %d domains",
                        version.version(), publishedBy, version.list().domains().size()));
    }
}
