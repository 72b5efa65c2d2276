package dev.leadbridge.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TouchpointRepository implements PanacheRepositoryBase<TouchpointEntity, UUID> {

    public Uni<List<TouchpointEntity>> ofLead(UUID leadId) {
        return list("leadId = ?1 order by occurredAt, id", leadId);
    }

    /** Touchpoints an anonymous visitor left before anyone knew who they were. */
    public Uni<List<TouchpointEntity>> anonymousOf(String visitorId) {
        return list("visitorId = ?1 and leadId is null order by occurredAt, id", visitorId);
    }

    /** Unlinks the lead's touchpoints from the browser that made them and drops their free-form properties. */
    public Uni<Integer> forgetVisitor(UUID leadId) {
        return update("visitorId = null, properties = ?2 where leadId = ?1", leadId, Map.of());
    }
}
