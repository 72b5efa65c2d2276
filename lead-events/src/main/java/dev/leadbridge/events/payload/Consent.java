package dev.leadbridge.events.payload;

import java.time.Instant;

/**
 * The marketing consent the lead gave, kept with the text that was shown and when, as proof for data-protection law.
 * Always present so nobody can mistake a missing consent for an opt-in.
 */
public record Consent(boolean marketingOptIn, String text, Instant givenAt) {
}
