package dev.leadbridge.attribution.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who a lead belongs to in sales, as of its latest assignment or reassignment, and its territory. */
@Entity
@Table(name = "lead_owner")
public class LeadOwnerEntity {

    @Id
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "team_id", length = 100)
    public String teamId;
    /** Null while the lead waits in its team's queue. */
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(length = 60)
    public String territory;
    /** When the owner last changed: an older event arriving late changes nothing. */
    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
