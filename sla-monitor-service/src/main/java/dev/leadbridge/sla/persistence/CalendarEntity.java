package dev.leadbridge.sla.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A business calendar as its JSON document; a team's calendar has the team's id. */
@Entity
@Table(name = "sla_calendar")
public class CalendarEntity {

    @Id
    @Column(length = 100)
    public String id;
    @Column(nullable = false, columnDefinition = "text")
    public String document;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", length = 100)
    public String updatedBy;
}
