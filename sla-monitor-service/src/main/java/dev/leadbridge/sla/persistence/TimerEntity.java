package dev.leadbridge.sla.persistence;

import dev.leadbridge.events.payload.EscalationAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A durable timer of a clock: pending until it fires (exactly once) or its clock stops. While its clock is paused it
 * is held ({@code pausedAt} set): pending, but not claimable until the pause ends and it is rescheduled.
 */
@Entity
@Table(name = "sla_timer")
public class TimerEntity {

    @Id
    public UUID id;
    @Column(name = "clock_id", nullable = false)
    public UUID clockId;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public TimerKind kind;
    /** The escalation step, counted from 1; 0 for the warning and the breach. */
    @Column(nullable = false)
    public int step;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public EscalationAction action;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Column(name = "fired_at")
    public Instant firedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "paused_at")
    public Instant pausedAt;

    public static TimerEntity of(UUID clockId, UUID leadId, TimerKind kind, int step, EscalationAction action,
                                 Instant dueAt) {
        TimerEntity timer = new TimerEntity();
        timer.id = UUID.randomUUID();
        timer.clockId = clockId;
        timer.leadId = leadId;
        timer.kind = kind;
        timer.step = step;
        timer.action = action;
        timer.dueAt = dueAt;
        return timer;
    }
}
