package dev.leadbridge.qualification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The routing table in force as one JSON document, and the versions of the table and the roster in force; the single
 * row (id 1) is also the lock routing decisions and roster changes take turns on. The history is kept as configuration
 * documents.
 */
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
    /** The roster version in force; 0 for the roster as it was before its history was kept. */
    @Column(name = "roster_version", nullable = false)
    public int rosterVersion;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
