package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.SlaClockState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest state of a lead's SLA clock, as announced on {@code sla.clocks}. */
@Entity
@Table(name = "lead_sla_clock")
public class LeadSlaClockEntity {

    @Id
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "clock_id", nullable = false)
    public UUID clockId;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public SlaClockState state;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
