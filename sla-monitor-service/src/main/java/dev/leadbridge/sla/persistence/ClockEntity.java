package dev.leadbridge.sla.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.SlaOutcome;
import dev.leadbridge.sla.domain.policy.TimeMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One acceptance clock: a lead's assignment to an owner, from start to stop. Its id is the {@code timerId} of the
 * alerts. Changed only by targeted updates ({@link ClockRepository}), so the consumer stopping a clock and a worker
 * recording its breach never overwrite each other's columns.
 */
@Entity
@Table(name = "sla_clock")
public class ClockEntity {

    @Id
    public UUID id;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(name = "policy_id", nullable = false, length = 100)
    public String policyId;
    /** The version of the SLA policies that chose the policy; null for clocks started before versions were kept. */
    @Column(name = "policy_version")
    public Integer policyVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_mode", nullable = false, length = 10)
    public TimeMode timeMode;
    @Column(name = "calendar_id", nullable = false, length = 100)
    public String calendarId;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Column(name = "team_id", length = 100)
    public String teamId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    /** The lead's grade when the clock started; null if it had none (late entry) or the clock predates it. */
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(1)")
    public Grade grade;
    /** Why the lead became an MQL; null likewise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mql_reason", length = 30)
    public MqlReason mqlReason;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "warn_at", nullable = false)
    public Instant warnAt;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ClockState state;
    @Column(name = "stopped_at")
    public Instant stoppedAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public SlaOutcome outcome;
    @Column(name = "elapsed_business_seconds")
    public Long elapsedBusinessSeconds;
    @Column(name = "elapsed_wall_seconds")
    public Long elapsedWallSeconds;
    @Column(nullable = false)
    public boolean breached;
    @Column(name = "breach_fired_at")
    public Instant breachFiredAt;
    @Column(name = "lateness_seconds")
    public Long latenessSeconds;
}
