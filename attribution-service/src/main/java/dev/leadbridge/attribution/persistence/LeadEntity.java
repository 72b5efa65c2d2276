package dev.leadbridge.attribution.persistence;

import dev.leadbridge.events.payload.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A captured lead as attribution needs it: its source, which is also its lead-creation touch, its capture time and its
 * country.
 */
@Entity
@Table(name = "attribution_lead")
public class LeadEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    @Column(length = 200)
    public String campaign;
    @Column(name = "visitor_id", length = 200)
    public String visitorId;
    /** ISO-3166 alpha-2, as captured; null when the form did not say. */
    @Column(length = 2)
    public String country;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;
    @Column(name = "erased_at")
    public Instant erasedAt;
    /** {@link dev.leadbridge.attribution.domain.privacy.ErasedVisitors#fingerprint} of the erased visitor id. */
    @Column(name = "erased_visitor", length = 64)
    public String erasedVisitor;
}
