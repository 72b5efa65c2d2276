package dev.leadbridge.qualification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<LeadEntity, UUID> {
}
