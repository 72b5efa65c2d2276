package dev.leadbridge.intake.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One erasure of a person, the audit trail of the request: who asked, when, which lead; the address only hashed. */
@Entity
@Table(name = "person_erasure")
public class PersonErasureEntity {

    @Id
    public UUID id;
    @Column(name = "email_hash", nullable = false, length = 64)
    public String emailHash;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;
    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;
}
