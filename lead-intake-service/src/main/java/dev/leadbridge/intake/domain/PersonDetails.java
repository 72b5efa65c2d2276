package dev.leadbridge.intake.domain;

import java.time.Instant;

/**
 * What intake knows of a person that a later submission may change: who they are, their company, their consent and
 * the visitor id their browser carries. The e-mail address is the person's identity and never changes here; where
 * they first came from stays with the first capture (later sources are kept on touchpoints).
 *
 * @param phoneValid whether {@code phone} is a valid number for the country (kept as typed otherwise)
 * @param consentAt  when marketing consent was given, by the server's clock
 */
public record PersonDetails(
        String firstName,
        String lastName,
        String phone,
        boolean phoneValid,
        String jobTitle,
        String companyName,
        Integer companySize,
        String industry,
        String country,
        boolean marketingOptIn,
        String consentText,
        Instant consentAt,
        String visitorId) {
}
