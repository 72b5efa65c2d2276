package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A lead as qualification tracks it: its stage, its owner and what scoring and routing need to know. */
@Entity
@Table(name = "lead")
public class LeadEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LifecycleStage stage;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(nullable = false, length = 254)
    public String email;
    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
    @Column(name = "job_title", length = 200)
    public String jobTitle;
    @Column(name = "company_name", length = 200)
    public String companyName;
    @Column(name = "company_domain", length = 253)
    public String companyDomain;
    @Column(name = "company_size")
    public Integer companySize;
    @Column(length = 100)
    public String industry;
    @Column(length = 2)
    public String country;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    @Column(length = 200)
    public String campaign;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** Optimistic locking: two replicas acting on one lead cannot both win. */
    @Version
    @Column(nullable = false)
    public long version;
}
