package dev.leadbridge.intake.application;

import dev.leadbridge.platform.config.DomainLists;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sender domains whose submissions are spam, not leads (disposable mail, known abusers), kept by admins as versioned
 * managed data; each spam submission records the version that decided it.
 */
@ApplicationScoped
public class BlockedDomains {

    static final String KIND = "blocked-domains";

    private static final Logger LOG = Logger.getLogger(BlockedDomains.class);

    private final DomainLists lists;

    BlockedDomains(DomainLists lists) {
        this.lists = lists;
    }

    /** The list in force; call inside a session. */
    Uni<DomainLists.Version> current() {
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
        return lists.publish(KIND, "the blocked domains", domains, publishedBy)
                .invoke(version -> LOG.infof("Blocked domains version %d in force (%s): %d domains",
                        version.version(), publishedBy, version.list().domains().size()));
    }
}
