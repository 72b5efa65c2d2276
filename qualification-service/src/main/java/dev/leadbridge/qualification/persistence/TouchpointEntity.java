package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.TouchpointType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A touchpoint as scoring needs it, once per touchpoint id; the lead id arrives later for a stitched visitor. */
@Entity
@Table(name = "touchpoint")
public class TouchpointEntity {

    @Id
    @Column(name = "touchpoint_id")
    public UUID touchpointId;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "visitor_id", length = 200)
    public String visitorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TouchpointType type;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
