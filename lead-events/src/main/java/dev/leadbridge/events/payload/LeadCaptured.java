package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * {@code leadbridge.lead.captured.v1}: a lead was accepted by intake, from a form, an integration or a rep.
 *
 * @param country      ISO-3166 alpha-2 code, upper case
 * @param visitorId    the anonymous website visitor id, linking touchpoints recorded before the lead was known
 * @param duplicateOf  the earlier lead this one duplicates, when intake recognised it
 * @param entryStage   the lifecycle stage the lead enters at; {@link LifecycleStage#CAPTURED} unless logged late
 * @param ownerId      the rep owning a lead that enters at a stage owned by sales
 * @param customFields form fields outside the contract, kept verbatim
 */
public record LeadCaptured(
        UUID leadId,
        Instant capturedAt,
        Person person,
        Company company,
        String country,
        Consent consent,
        LeadSource source,
        String visitorId,
        UUID duplicateOf,
        LifecycleStage entryStage,
        String ownerId,
        Map<String, String> customFields) {

    public LeadCaptured {
        Checks.required(leadId, "leadId");
        Checks.required(capturedAt, "capturedAt");
        Checks.required(person, "person");
        Checks.required(consent, "consent");
        Checks.required(source, "source");
        entryStage = entryStage == null ? LifecycleStage.CAPTURED : entryStage;
        if (entryStage.ownedBySales() && ownerId == null) {
            throw new IllegalArgumentException("a lead entering at " + entryStage.wire() + " needs an ownerId");
        }
        customFields = Checks.mapOrEmpty(customFields);
    }
}
