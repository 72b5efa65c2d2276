package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.api.Test;

class LeadSubmissionTests {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(submission(" Ada@Example.COM ", null).email()).isEqualTo("ada@example.com");
    }

    @Test
    void companyDomainComesFromCorporateEmail() {
        assertThat(submission("ada@engines.example", null).companyDomain()).isEqualTo("engines.example");
    }

    @Test
    void freeMailGivesNoCompanyDomain() {
        assertThat(submission("ada@gmail.com", null).companyDomain()).isNull();
    }

    @Test
    void countryIsUpperCasedAndBlankFieldsBecomeAbsent() {
        LeadSubmission lead = submission("ada@engines.example", " de ");
        assertThat(lead.country()).isEqualTo("DE");
        assertThat(lead.firstName()).isNull();
        assertThat(lead.utm().source()).isNull();
    }

    @Test
    void missingChannelIsOther() {
        assertThat(submission("ada@engines.example", null).channel()).isEqualTo(Channel.OTHER);
    }

    @Test
    void emailIsRequired() {
        assertThatThrownBy(() -> submission("  ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LeadSubmission submission(String email, String country) {
        return new LeadSubmission(email, " ", null, null, null, null, null, null, null, country, false, null, null,
                null, null, new LeadSubmission.Utm(" ", null, null, null, null), null, null, null);
    }
}
