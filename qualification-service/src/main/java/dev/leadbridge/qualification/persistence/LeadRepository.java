package dev.leadbridge.qualification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<LeadEntity, UUID> {

    /** The lead an anonymous visitor turned out to be, if one was captured with that visitor id. */
    public Uni<LeadEntity> findByVisitor(String visitorId) {
        return find("visitorId = ?1 order by capturedAt", visitorId).firstResult();
    }
}
