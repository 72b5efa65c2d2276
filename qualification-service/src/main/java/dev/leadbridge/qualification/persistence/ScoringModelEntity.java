package dev.leadbridge.qualification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of the scoring model, as a JSON document. */
@Entity
@Table(name = "scoring_model")
public class ScoringModelEntity {

    @Id
    public Integer version;
    @Column(nullable = false, columnDefinition = "text")
    public String document;
    /** The shape of {@link #document}: which reader reads it. */
    @Column(name = "document_version", nullable = false)
    public int documentVersion = 1;
    @Column(name = "published_by", nullable = false, length = 100)
    public String publishedBy;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
