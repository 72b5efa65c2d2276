package dev.leadbridge.events.payload;

/**
 * One field a submission changed, as text (a company size as its number, consent as {@code true}/{@code false}).
 *
 * @param oldValue absent when the field was not known before
 */
public record LeadFieldChange(LeadField field, String oldValue, String newValue) {

    public LeadFieldChange {
        Checks.required(field, "field");
    }
}
