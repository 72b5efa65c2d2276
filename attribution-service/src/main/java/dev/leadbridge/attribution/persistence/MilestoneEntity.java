package dev.leadbridge.attribution.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One lifecycle event of a lead, keyed by the event id: {@code grade} for an MQL, {@code reason} for a rejection,
 * {@code outcome}, {@code amount} and {@code currency} for a close. Enum values are stored by their constant names.
 */
@Entity
@Table(name = "lead_milestone")
public class MilestoneEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MilestoneKind kind;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(length = 2)
    public String grade;
    @Column(length = 30)
    public String reason;
    @Column(length = 10)
    public String outcome;
    @Column(precision = 19, scale = 4)
    public BigDecimal amount;
    @Column(length = 3)
    public String currency;
}
