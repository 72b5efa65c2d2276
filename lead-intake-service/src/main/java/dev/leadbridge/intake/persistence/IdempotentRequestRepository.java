package dev.leadbridge.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class IdempotentRequestRepository
        implements PanacheRepositoryBase<IdempotentRequestEntity, IdempotentRequestEntity.Key> {

    public Uni<IdempotentRequestEntity> find(String client, String idempotencyKey) {
        return findById(new IdempotentRequestEntity.Key(client, idempotencyKey));
    }

    public Uni<Long> deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
