package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a later submission from a known person updates their lead, in one place: the newest stated value of each field
 * wins, an empty one never erases what is known, and consent is as the latest submission states it (the statement in
 * force). Every change is reported, old and new, in the order of {@link LeadField}.
 */
public final class LeadMerge {

    private LeadMerge() {
    }

    /** The person after the merge and what the merge changed; no changes for a repeat of what is known. */
    public record Merged(PersonDetails details, List<LeadFieldChange> changes) {

        public boolean changedAnything() {
            return !changes.isEmpty();
        }
    }

    public static Merged apply(PersonDetails current, PersonDetails incoming) {
        boolean newPhone = incoming.phone() != null;
        PersonDetails merged = new PersonDetails(
                newer(incoming.firstName(), current.firstName()),
                newer(incoming.lastName(), current.lastName()),
                newPhone ? incoming.phone() : current.phone(),
                newPhone ? incoming.phoneValid() : current.phoneValid(),
                newer(incoming.jobTitle(), current.jobTitle()),
                newer(incoming.companyName(), current.companyName()),
                newer(incoming.companySize(), current.companySize()),
                newer(incoming.industry(), current.industry()),
                newer(incoming.country(), current.country()),
                incoming.marketingOptIn(),
                newer(incoming.consentText(), current.consentText()),
                newer(incoming.consentAt(), current.consentAt()),
                newer(incoming.visitorId(), current.visitorId()));
        return new Merged(merged, changes(current, merged));
    }

    /**
     * A consent statement made outside a submission (an unsubscribe link, a preference centre): it replaces the
     * consent and nothing else. Withdrawing keeps the wording and time of the consent that was given, for the record.
     *
     * @param text the wording shown when consent is given; the known one when absent
     * @param at   when consent was given; ignored for a withdrawal
     */
    public static Merged consent(PersonDetails current, boolean optIn, String text, Instant at) {
        PersonDetails stated = new PersonDetails(current.firstName(), current.lastName(), current.phone(),
                current.phoneValid(), current.jobTitle(), current.companyName(), current.companySize(),
                current.industry(), current.country(), optIn,
                optIn ? newer(text, current.consentText()) : current.consentText(),
                optIn && !current.marketingOptIn() ? at : current.consentAt(), current.visitorId());
        return new Merged(stated, changes(current, stated));
    }

    private static List<LeadFieldChange> changes(PersonDetails before, PersonDetails after) {
        List<LeadFieldChange> changes = new ArrayList<>();
        for (LeadField field : LeadField.values()) {
            Function<PersonDetails, Object> value = valueOf(field);
            String old = text(value.apply(before));
            String now = text(value.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new LeadFieldChange(field, old, now));
            }
        }
        return List.copyOf(changes);
    }

    private static Function<PersonDetails, Object> valueOf(LeadField field) {
        return switch (field) {
            case FIRST_NAME -> PersonDetails::firstName;
            case LAST_NAME -> PersonDetails::lastName;
            case PHONE -> PersonDetails::phone;
            case JOB_TITLE -> PersonDetails::jobTitle;
            case COMPANY_NAME -> PersonDetails::companyName;
            case COMPANY_SIZE -> PersonDetails::companySize;
            case INDUSTRY -> PersonDetails::industry;
            case COUNTRY -> PersonDetails::country;
            case MARKETING_OPT_IN -> PersonDetails::marketingOptIn;
            case CONSENT_TEXT -> PersonDetails::consentText;
            case VISITOR_ID -> PersonDetails::visitorId;
        };
    }

    private static <T> T newer(T incoming, T current) {
        return incoming != null ? incoming : current;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
