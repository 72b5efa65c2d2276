package dev.leadbridge.platform.locking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL advisory locks held until the current transaction ends, keyed by a name. They serialise the
 * transactions that change one thing even before a row for it exists (a lead not yet stored, an e-mail address
 * seen for the first time), which row locks cannot. Names are hashed to 64 bits: a collision only makes two
 * unrelated transactions wait for each other.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for, then holds until commit or rollback, the lock named {@code name}. Call inside a transaction. */
    public static Uni<Void> lock(String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))) AS locked",
                        Integer.class)
                .setParameter("name", name)
                .getSingleResult())
                .replaceWithVoid();
    }
}
