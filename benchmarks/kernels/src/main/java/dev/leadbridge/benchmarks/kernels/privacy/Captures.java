package dev.leadbridge.benchmarks.kernels.privacy;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A capture as a website form makes it: every person field set, two custom fields, a full source. */
final class Captures {

    private Captures() {
    }

    static LeadCaptured typical() {
        UUID leadId = UUID.fromString("0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2b");
        Instant at = Instant.parse("2026-11-25T09:15:00Z");
        return new LeadCaptured(leadId, at,
                new Person("jane.doe@example.com", "Jane", "Doe", "+49301234567", "Head of Marketing Operations"),
                new Company("Example GmbH", "example.com", 250, "Software"), "DE",
                new Consent(true, "Yes, send me product news. I can unsubscribe at any time.", at),
                new LeadSource(Channel.PAID_SEARCH, "spring-launch", "google", "cpc", "spring_launch",
                        "lead routing software", "ad-variant-b", "gads-1234567", "https://example.com/lp",
                        "https://www.google.com/", "demo-request", null),
                "v-9f8e7d", null, LifecycleStage.CAPTURED, null,
                Map.of("how_did_you_hear", "podcast", "preferred_language", "de"));
    }
}
