package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadMergeTests {

    private static final Instant FIRST_CONSENT = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant SECOND_CONSENT = Instant.parse("2026-12-01T16:30:00Z");

    private static final PersonDetails KNOWN = new PersonDetails("Ada", "Lovelace", "+493012345", true, "Engineer",
            "Engines Ltd", 50, "Software", "GB", true, "Send me news", FIRST_CONSENT, "v-1");
    private static final PersonDetails NOTHING_STATED = new PersonDetails(null, null, null, false, null, null, null,
            null, null, true, null, null, null);

    @Test
    void newestStatedValueWinsAndAnEmptyOneNeverErases() {
        PersonDetails incoming = new PersonDetails(null, null, null, false, "CTO", null, 250, null, "DE", true, null,
                null, null);

        LeadMerge.Merged merged = LeadMerge.apply(KNOWN, incoming);

        assertThat(merged.details()).isEqualTo(new PersonDetails("Ada", "Lovelace", "+493012345", true, "CTO",
                "Engines Ltd", 250, "Software", "DE", true, "Send me news", FIRST_CONSENT, "v-1"));
        assertThat(merged.changes()).containsExactly(
                new LeadFieldChange(LeadField.JOB_TITLE, "Engineer", "CTO"),
                new LeadFieldChange(LeadField.COMPANY_SIZE, "50", "250"),
                new LeadFieldChange(LeadField.COUNTRY, "GB", "DE"));
    }

    @Test
    void aRepeatOfWhatIsKnownChangesNothing() {
        assertThat(LeadMerge.apply(KNOWN, KNOWN).changedAnything()).isFalse();
        assertThat(LeadMerge.apply(KNOWN, NOTHING_STATED).changes()).isEmpty();
    }

    @Test
    void aFieldKnownForTheFirstTimeHasNoOldValue() {
        PersonDetails sparse = new PersonDetails(null, null, null, false, null, null, null, null, null, false, null,
                null, null);
        PersonDetails incoming = new PersonDetails("Grace", null, null, false, null, null, null, null, null, false,
                null, null, "v-9");

        assertThat(LeadMerge.apply(sparse, incoming).changes()).containsExactly(
                new LeadFieldChange(LeadField.FIRST_NAME, null, "Grace"),
                new LeadFieldChange(LeadField.VISITOR_ID, null, "v-9"));
    }

    @Test
    void aNewPhoneBringsItsValidityAndAnAbsentOneKeepsTheKnownNumber() {
        PersonDetails typo = new PersonDetails(null, null, "0301234", false, null, null, null, null, null, true, null,
                null, null);

        PersonDetails merged = LeadMerge.apply(KNOWN, typo).details();

        assertThat(merged.phone()).isEqualTo("0301234");
        assertThat(merged.phoneValid()).isFalse();
        assertThat(LeadMerge.apply(KNOWN, NOTHING_STATED).details().phoneValid()).isTrue();
    }

    @Test
    void consentIsAsTheLatestSubmissionStatesIt() {
        PersonDetails withdrawn = new PersonDetails(null, null, null, false, null, null, null, null, null, false,
                null, null, null);
        PersonDetails renewed = new PersonDetails(null, null, null, false, null, null, null, null, null, true,
                "Yes, news please", SECOND_CONSENT, null);

        LeadMerge.Merged afterWithdrawal = LeadMerge.apply(KNOWN, withdrawn);
        LeadMerge.Merged afterRenewal = LeadMerge.apply(afterWithdrawal.details(), renewed);

        assertThat(afterWithdrawal.changes()).containsExactly(
                new LeadFieldChange(LeadField.MARKETING_OPT_IN, "true", "false"));
        assertThat(afterRenewal.details().consentAt()).isEqualTo(SECOND_CONSENT);
        assertThat(afterRenewal.changes()).containsExactly(
                new LeadFieldChange(LeadField.MARKETING_OPT_IN, "false", "true"),
                new LeadFieldChange(LeadField.CONSENT_TEXT, "Send me news", "Yes, news please"));
    }

    @Test
    void aConsentStatementChangesConsentOnlyAndAWithdrawalKeepsWhatWasGiven() {
        LeadMerge.Merged withdrawn = LeadMerge.consent(KNOWN, false, null, SECOND_CONSENT);

        assertThat(withdrawn.changes()).containsExactly(
                new LeadFieldChange(LeadField.MARKETING_OPT_IN, "true", "false"));
        assertThat(withdrawn.details().consentText()).isEqualTo("Send me news");
        assertThat(withdrawn.details().consentAt()).isEqualTo(FIRST_CONSENT);
        assertThat(withdrawn.details().jobTitle()).isEqualTo(KNOWN.jobTitle());
        assertThat(LeadMerge.consent(withdrawn.details(), false, null, SECOND_CONSENT).changedAnything()).isFalse();

        LeadMerge.Merged givenAgain = LeadMerge.consent(withdrawn.details(), true, null, SECOND_CONSENT);
        assertThat(givenAgain.details().consentAt()).isEqualTo(SECOND_CONSENT);
        assertThat(givenAgain.details().consentText()).as("the known wording").isEqualTo("Send me news");
        assertThat(LeadMerge.consent(KNOWN, true, null, SECOND_CONSENT).changedAnything())
                .as("consent in force, stated again").isFalse();
    }
}
