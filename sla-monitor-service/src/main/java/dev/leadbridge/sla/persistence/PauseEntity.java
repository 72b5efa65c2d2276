package dev.leadbridge.sla.persistence;

import dev.leadbridge.sla.domain.time.Pause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A pause of an acceptance clock, with the manager's reason; running until {@code resumedAt} is set. */
@Entity
@Table(name = "sla_clock_pause")
public class PauseEntity {

    @Id
    public UUID id;
    @Column(name = "clock_id", nullable = false)
    public UUID clockId;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(name = "paused_at", nullable = false)
    public Instant pausedAt;
    @Column(name = "resumed_at")
    public Instant resumedAt;
    @Column(nullable = false, length = 500)
    public String reason;
    @Column(name = "paused_by", nullable = false, length = 100)
    public String pausedBy;
    @Column(name = "resumed_by", length = 100)
    public String resumedBy;

    public static PauseEntity start(UUID clockId, UUID leadId, Instant at, String reason, String by) {
        PauseEntity pause = new PauseEntity();
        pause.id = UUID.randomUUID();
        pause.clockId = clockId;
        pause.leadId = leadId;
        pause.pausedAt = at;
        pause.reason = reason;
        pause.pausedBy = by;
        return pause;
    }

    public boolean running() {
        return resumedAt == null;
    }

    /**
     * The pause for the clock maths, a running one ending at {@code now}; never ending before it started, so a stop
     * reported with an instant before the pause makes it empty rather than invalid.
     */
    public Pause toDomain(Instant now) {
        Instant until = running() ? now : resumedAt;
        return new Pause(pausedAt, until.isBefore(pausedAt) ? pausedAt : until, reason);
    }
}
