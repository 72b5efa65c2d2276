package dev.leadbridge.attribution.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock as the {@code sla.*} events tell it, keyed by timer id: a warning brings its start and due time, a
 * breach its due and breach time, an escalation its step, and the met event the decision that stopped it.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClockEntity {

    @Id
    @Column(name = "timer_id")
    public UUID timerId;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(name = "policy_id", nullable = false, length = 100)
    public String policyId;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(name = "team_id", length = 100)
    public String teamId;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "warned_at")
    public Instant warnedAt;
    @Column(name = "breached_at")
    public Instant breachedAt;
    @Column(name = "escalation_steps", nullable = false)
    public int escalationSteps;
    @Column(name = "stopped_at")
    public Instant stoppedAt;
    /** {@code ACCEPTED} or {@code REJECTED}, by the constant's name; absent while the clock runs. */
    @Column(length = 10)
    public String outcome;
    @Column(name = "elapsed_wall_seconds")
    public Long elapsedWallSeconds;
    @Column(name = "elapsed_business_seconds")
    public Long elapsedBusinessSeconds;
    /** The clock passed its due time: a breach event came, or the decision came late. */
    @Column(nullable = false)
    public boolean breached;
}
