package dev.leadbridge.intake.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A field of a lead that a later submission changed: the history behind "newest value wins". */
@Entity
@Table(name = "lead_change")
public class LeadChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Column(nullable = false, length = 50)
    public String field;
    @Column(name = "old_value", length = 2000)
    public String oldValue;
    @Column(name = "new_value", length = 2000)
    public String newValue;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static LeadChangeEntity of(UUID leadId, String field, String oldValue, String newValue, Instant at) {
        LeadChangeEntity change = new LeadChangeEntity();
        change.leadId = leadId;
        change.field = field;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.changedAt = at;
        return change;
    }
}
