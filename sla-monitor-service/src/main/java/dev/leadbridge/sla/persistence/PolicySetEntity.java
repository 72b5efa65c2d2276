package dev.leadbridge.sla.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row holding the current set of SLA policies as its JSON document. */
@Entity
@Table(name = "sla_policy_set")
public class PolicySetEntity {

    public static final short ID = 1;

    @Id
    public Short id;
    @Column(nullable = false, columnDefinition = "text")
    public String document;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", length = 100)
    public String updatedBy;
}
