package dev.leadbridge.sla.persistence;

import dev.leadbridge.events.payload.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead's system latency: captured, then assigned for the first time (owner, team and channel of that assignment).
 * Written only by the upserts of {@link LeadLatencyRepository}.
 */
@Entity
@Table(name = "sla_lead_latency")
public class LeadLatencyEntity {

    @Id
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "captured_at")
    public Instant capturedAt;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(name = "team_id", length = 100)
    public String teamId;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Channel channel;
}
