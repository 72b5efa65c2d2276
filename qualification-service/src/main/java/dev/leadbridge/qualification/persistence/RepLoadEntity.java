package dev.leadbridge.qualification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rep's round-robin state between assignments; {@code lastAssignedAt} is null for a rep never assigned. */
@Entity
@Table(name = "rep_load")
public class RepLoadEntity {

    @Id
    @Column(name = "rep_id", length = 100)
    public String repId;
    @Column(name = "open_leads", nullable = false)
    public int openLeads;
    @Column(nullable = false)
    public long credit;
    @Column(name = "last_assigned_at")
    public Instant lastAssignedAt;
}
