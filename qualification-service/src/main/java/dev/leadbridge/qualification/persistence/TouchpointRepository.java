package dev.leadbridge.qualification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TouchpointRepository implements PanacheRepositoryBase<TouchpointEntity, UUID> {

    public Uni<List<TouchpointEntity>> ofLead(UUID leadId) {
        return list("leadId = ?1 order by occurredAt, touchpointId", leadId);
    }

    /**
     * Gives the visitor's anonymous touchpoints to the lead the visitor turned out to be; none for a lead without a
     * visitor id.
     */
    public Uni<Integer> stitch(String visitorId, UUID leadId) {
        if (visitorId == null) {
            return Uni.createFrom().item(0);
        }
        return update("leadId = ?1 where visitorId = ?2 and leadId is null", leadId, visitorId);
    }

    /** Unlinks the lead's touchpoints from the browser that made them; the lead keeps them for its engagement. */
    public Uni<Integer> forgetVisitor(UUID leadId) {
        return update("visitorId = null where leadId = ?1", leadId);
    }
}
