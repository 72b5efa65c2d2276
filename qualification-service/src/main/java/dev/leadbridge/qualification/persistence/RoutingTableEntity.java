package dev.leadbridge.qualification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The routing table as one JSON document; the single row (id 1) is also the lock routing decisions take turns on. */
@Entity
@Table(name = "routing_table")
public class RoutingTableEntity {

    public static final int THE_TABLE = 1;

    @Id
    public Integer id;
    @Column(nullable = false)
    public int version;
    @Column(nullable = false, columnDefinition = "text")
    public String document;
    /** The shape of {@link #document}: which reader reads it. */
    @Column(name = "document_version", nullable = false)
    public int documentVersion = 1;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
