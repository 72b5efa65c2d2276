package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.qualification.domain.lifecycle.StageChange;
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

/**
 * One step of a lead's history: the stage it left and the one it reached, when, who took the step (null: the service
 * itself), who owned the lead afterwards, and the event that announced it (or, for the first step, the capture).
 */
@Entity
@Table(name = "lead_stage_change")
public class LeadStageChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    public LifecycleStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LifecycleStage stage;
    @Column(name = "actor_id", length = 100)
    public String actorId;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static LeadStageChangeEntity of(UUID leadId, StageChange step, UUID eventId) {
        LeadStageChangeEntity change = new LeadStageChangeEntity();
        change.leadId = leadId;
        change.fromStage = step.from();
        change.stage = step.to();
        change.actorId = step.actorId();
        change.ownerId = step.ownerId();
        change.eventId = eventId;
        change.changedAt = step.at();
        return change;
    }
}
