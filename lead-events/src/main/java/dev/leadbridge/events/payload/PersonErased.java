package dev.leadbridge.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code leadbridge.person.erased.v1} on {@code leads.captured}: the person behind a lead exercised the right to
 * erasure. Every service removes what identifies them (name, e-mail, phone, job title, visitor id, free text) from its
 * rows and keeps the lead's ids, stages, amounts and channels, so funnel and revenue figures stay as they were. It
 * follows every capture and update of the lead on the lead's partition, so no earlier event can bring the data back.
 *
 * @param erasureId the erasure request, for the audit trail of every service
 */
public record PersonErased(UUID leadId, UUID erasureId, Instant erasedAt) {

    public PersonErased {
        Checks.required(leadId, "leadId");
        Checks.required(erasureId, "erasureId");
        Checks.required(erasedAt, "erasedAt");
    }
}
