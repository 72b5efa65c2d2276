package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.payload.Channel;
import java.time.Instant;

/** Who a lead is and where it came from, as intake captured it: what scoring, routing and the API read. */
public record LeadDetails(
        String email,
        String firstName,
        String lastName,
        String phone,
        String jobTitle,
        String companyName,
        String companyDomain,
        Integer companySize,
        String industry,
        String country,
        Channel channel,
        String campaign,
        String visitorId,
        Instant capturedAt) {
}
