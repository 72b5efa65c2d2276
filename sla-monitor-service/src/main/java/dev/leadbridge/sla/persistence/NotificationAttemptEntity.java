package dev.leadbridge.sla.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "notification_attempt")
public class NotificationAttemptEntity {

    @Id
    public UUID id;
    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;
    /** Counted from 1. */
    @Column(nullable = false)
    public int attempt;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;
    @Column(nullable = false)
    public boolean succeeded;
    /** The receiver's HTTP status, for a webhook that answered. */
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(length = 500)
    public String error;
}
