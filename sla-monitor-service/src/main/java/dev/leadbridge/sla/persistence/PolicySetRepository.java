package dev.leadbridge.sla.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PolicySetRepository implements PanacheRepositoryBase<PolicySetEntity, Short> {
}
