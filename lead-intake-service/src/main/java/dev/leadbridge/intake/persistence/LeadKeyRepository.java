package dev.leadbridge.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadKeyRepository implements PanacheRepositoryBase<LeadKeyEntity, UUID> {
}
