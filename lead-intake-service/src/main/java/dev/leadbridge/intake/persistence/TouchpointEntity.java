package dev.leadbridge.intake.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.TouchpointType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.intake.domain.LeadSubmission;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An engagement event of a lead, or of an anonymous visitor until a submission tells who they are. */
@Entity
@Table(name = "touchpoint")
public class TouchpointEntity {

    @Id
    public UUID id;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "visitor_id", length = 100)
    public String visitorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TouchpointType type;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Channel channel;
    @Column(length = 200)
    public String campaign;
    @Column(name = "utm_source", length = 200)
    public String utmSource;
    @Column(name = "utm_medium", length = 200)
    public String utmMedium;
    @Column(name = "utm_campaign", length = 200)
    public String utmCampaign;
    @Column(name = "utm_term", length = 200)
    public String utmTerm;
    @Column(name = "utm_content", length = 200)
    public String utmContent;
    @Column(name = "utm_id", length = 200)
    public String utmId;
    @Column(length = 2000)
    public String url;
    @Convert(converter = StringMapConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    public Map<String, String> properties;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** A submission by a known person, kept on their journey as a touchpoint. */
    public static TouchpointEntity ofSubmission(UUID id, UUID leadId, TouchpointType type, LeadSubmission submission,
                                                CaptureOrigin origin, Instant now) {
        TouchpointEntity touchpoint = new TouchpointEntity();
        touchpoint.id = id;
        touchpoint.leadId = leadId;
        touchpoint.visitorId = submission.visitorId();
        touchpoint.type = type;
        touchpoint.occurredAt = now;
        touchpoint.channel = submission.channel();
        touchpoint.campaign = submission.campaign();
        touchpoint.utmSource = submission.utm().source();
        touchpoint.utmMedium = submission.utm().medium();
        touchpoint.utmCampaign = submission.utm().campaign();
        touchpoint.utmTerm = submission.utm().term();
        touchpoint.utmContent = submission.utm().content();
        touchpoint.utmId = submission.utm().id();
        touchpoint.url = submission.landingPage();
        Map<String, String> properties = new LinkedHashMap<>();
        if (origin.formId() != null) {
            properties.put("formId", origin.formId());
        }
        if (origin.integration() != null) {
            properties.put("integration", origin.integration());
        }
        touchpoint.properties = properties;
        touchpoint.recordedAt = now;
        return touchpoint;
    }
}
