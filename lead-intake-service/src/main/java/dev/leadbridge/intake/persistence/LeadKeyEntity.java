package dev.leadbridge.intake.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A lead's personal-data key; deleted when the person is erased. */
@Entity
@Table(name = "lead_key")
public class LeadKeyEntity {

    @Id
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(nullable = false)
    public byte[] secret;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
