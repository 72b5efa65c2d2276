package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.ConsentService;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead's marketing consent after a statement.
 *
 * @param text    the wording consent was given with, kept after a withdrawal for the record
 * @param givenAt when consent was given, kept after a withdrawal for the record
 * @param changed whether the statement changed anything; false for a repeat
 */
public record ConsentView(UUID leadId, boolean marketingOptIn, String text, Instant givenAt, boolean changed) {

    static ConsentView of(ConsentService.ConsentState state) {
        return new ConsentView(state.leadId(), state.marketingOptIn(), state.text(), state.givenAt(), state.changed());
    }
}
