package dev.leadbridge.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonErasureRepository implements PanacheRepositoryBase<PersonErasureEntity, UUID> {

    /** The latest erasure of the address with this fingerprint. */
    public Uni<Optional<PersonErasureEntity>> latestOf(String emailHash) {
        return find("emailHash = ?1 order by erasedAt desc, id desc", emailHash).firstResult()
                .map(Optional::ofNullable);
    }
}
