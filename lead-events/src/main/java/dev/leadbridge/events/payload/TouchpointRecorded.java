package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * {@code leadbridge.touchpoint.recorded.v1}: a lead, or a visitor not yet known as a lead, engaged with marketing.
 * Scoring counts it towards engagement; attribution places it on the lead's journey.
 *
 * @param leadId     the lead, when known; either it or {@code visitorId} is present
 * @param visitorId  the anonymous visitor, linked to a lead once one is captured with the same visitor id
 * @param channel    the channel of the touch, when known
 * @param url        the page or link involved
 * @param properties type-specific details (webinar id, asset name, …), kept verbatim
 */
public record TouchpointRecorded(
        UUID touchpointId,
        UUID leadId,
        String visitorId,
        TouchpointType type,
        Instant occurredAt,
        Channel channel,
        String campaign,
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String utmTerm,
        String utmContent,
        String utmId,
        String url,
        Map<String, String> properties) {

    public TouchpointRecorded {
        Checks.required(touchpointId, "touchpointId");
        Checks.required(type, "type");
        Checks.required(occurredAt, "occurredAt");
        if (leadId == null && (visitorId == null || visitorId.isBlank())) {
            throw new IllegalArgumentException("a touchpoint needs a leadId or a visitorId");
        }
        properties = Checks.mapOrEmpty(properties);
    }
}
