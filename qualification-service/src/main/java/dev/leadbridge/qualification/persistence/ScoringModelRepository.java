package dev.leadbridge.qualification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ScoringModelRepository implements PanacheRepositoryBase<ScoringModelEntity, Integer> {

    /** The newest published version, or null before the first publish. */
    public Uni<ScoringModelEntity> latest() {
        return find("order by version desc").firstResult();
    }
}
