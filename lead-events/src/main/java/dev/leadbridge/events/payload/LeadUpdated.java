package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code leadbridge.lead.updated.v1} on {@code leads.captured}: a known person submitted again and changed what intake
 * knows of them. Carries the changes (old and new, for the record and the rep) and the lead's details as they now
 * stand, so a consumer sets them without replaying the merge rule.
 *
 * @param changes   what changed, in a stable field order; never empty
 * @param company   the company as it now stands; absent while no company name is known
 * @param visitorId the visitor id now linked to the lead, if any
 */
public record LeadUpdated(
        UUID leadId,
        Instant updatedAt,
        List<LeadFieldChange> changes,
        Person person,
        Company company,
        String country,
        Consent consent,
        String visitorId) {

    public LeadUpdated {
        Checks.required(leadId, "leadId");
        Checks.required(updatedAt, "updatedAt");
        Checks.required(person, "person");
        Checks.required(consent, "consent");
        changes = List.copyOf(Checks.required(changes, "changes"));
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a lead update changes at least one field");
        }
    }
}
