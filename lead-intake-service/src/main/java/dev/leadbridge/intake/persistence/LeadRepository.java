package dev.leadbridge.intake.persistence;

import dev.leadbridge.platform.locking.TransactionLocks;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<LeadEntity, UUID> {

    /** The lead with this normalised e-mail address, or null. */
    public Uni<LeadEntity> findByEmail(String email) {
        return find("email", email).firstResult();
    }

    /**
     * Serialises, until the transaction ends, the captures of one e-mail address, also before its lead exists: the
     * unique address would otherwise fail the second of two concurrent first submissions.
     */
    public Uni<Void> lockEmail(String email) {
        return TransactionLocks.lock("lead-email:" + email);
    }
}
