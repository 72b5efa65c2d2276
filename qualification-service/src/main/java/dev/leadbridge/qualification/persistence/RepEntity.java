package dev.leadbridge.qualification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sales rep in the routing roster; working hours and time off are JSON documents. */
@Entity
@Table(name = "rep")
public class RepEntity {

    @Id
    @Column(length = 100)
    public String id;
    @Column(name = "team_id", nullable = false, length = 100)
    public String teamId;
    @Column(nullable = false)
    public boolean active;
    @Column(nullable = false)
    public int weight;
    @Column(nullable = false)
    public int capacity;
    @Column(name = "hours_json", nullable = false, columnDefinition = "text")
    public String hoursJson;
    @Column(name = "time_off_json", nullable = false, columnDefinition = "text")
    public String timeOffJson;
    /** The shape of the hours and time-off documents: which reader reads them. */
    @Column(name = "document_version", nullable = false)
    public int documentVersion = 1;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
