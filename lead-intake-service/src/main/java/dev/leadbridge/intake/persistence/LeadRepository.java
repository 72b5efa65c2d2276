package dev.leadbridge.intake.persistence;

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
}
