package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a lead's history: the stage it reached, when, and the event that moved it there. */
@Entity
@Table(name = "lead_stage_change")
public class LeadStageChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LifecycleStage stage;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static LeadStageChangeEntity of(UUID leadId, LifecycleStage stage, UUID eventId, Instant changedAt) {
        LeadStageChangeEntity change = new LeadStageChangeEntity();
        change.leadId = leadId;
        change.stage = stage;
        change.eventId = eventId;
        change.changedAt = changedAt;
        return change;
    }
}
