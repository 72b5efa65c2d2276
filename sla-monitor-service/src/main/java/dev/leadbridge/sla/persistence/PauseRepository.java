package dev.leadbridge.sla.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PauseRepository implements PanacheRepositoryBase<PauseEntity, UUID> {

    /** Every pause of the clock, the running one (if any) last. */
    public Uni<List<PauseEntity>> ofClock(UUID clockId) {
        return list("clockId = ?1 order by pausedAt, id", clockId);
    }
}
