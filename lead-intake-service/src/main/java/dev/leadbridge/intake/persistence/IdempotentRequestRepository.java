package dev.leadbridge.intake.persistence;

import dev.leadbridge.platform.locking.TransactionLocks;
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

    /**
     * Serialises, until the transaction ends, the requests of one client with one key: a retry sent while its
     * original is still running waits for it, then replays its answer instead of failing on the stored key.
     */
    public Uni<Void> lock(String client, String idempotencyKey) {
        return TransactionLocks.lock("idempotency:" + client + ":" + idempotencyKey);
    }

    public Uni<Long> deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
