package dev.leadbridge.qualification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LeadHistoryRepository implements PanacheRepositoryBase<LeadStageChangeEntity, Long> {

    public Uni<List<LeadStageChangeEntity>> historyOf(UUID leadId) {
        return list("leadId = ?1 order by id", leadId);
    }
}
