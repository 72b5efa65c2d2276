package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadSubmissionTests {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(lead(" Ada@Example.COM ", null, null, null).email()).isEqualTo("ada@example.com");
    }

    @Test
    void companyDomainComesFromCorporateEmailOnly() {
        assertThat(lead("ada@engines.example", null, null, null).companyDomain()).isEqualTo("engines.example");
        LeadSubmission freeMail = lead("ada@gmail.com", null, null, null);
        assertThat(freeMail.companyDomain()).isNull();
        assertThat(freeMail.freeMail()).isTrue();
    }

    @Test
    void countryBecomesAlpha2AndBlankFieldsBecomeAbsent() {
        LeadSubmission lead = lead("ada@engines.example", " deu ", null, null);
        assertThat(lead.country()).isEqualTo("DE");
        assertThat(lead.firstName()).isNull();
        assertThat(lead.utm().source()).isNull();
    }

    @Test
    void unknownCountryIsInvalid() {
        assertThatThrownBy(() -> lead("ada@engines.example", "Atlantis", null, null))
                .isInstanceOf(InvalidLeadException.class)
                .extracting(e -> ((InvalidLeadException) e).field()).isEqualTo("country");
    }

    @Test
    void phoneIsE164WithTheCountryAsRegionHint() {
        LeadSubmission lead = lead("ada@engines.example", "DE", "030 1234567", null);
        assertThat(lead.phone()).isEqualTo("+49301234567");
        assertThat(lead.phoneValid()).isTrue();
    }

    @Test
    void invalidPhoneIsKeptAsTypedAndFlagged() {
        LeadSubmission lead = lead("ada@engines.example", "DE", "call me maybe", null);
        assertThat(lead.phone()).isEqualTo("call me maybe");
        assertThat(lead.phoneValid()).isFalse();
    }

    @Test
    void namesKeepTheirUnicodeInComposedForm() {
        LeadSubmission lead = new LeadSubmission("zoe@engines.example", " Zoe\u0301 ", "Šťastná", null, null, null,
                null, null, null, null, false, null, null, null, null, null, null, null, null, Map.of());
        assertThat(lead.firstName()).isEqualTo("Zoé");
        assertThat(lead.lastName()).isEqualTo("Šťastná");
    }

    @Test
    void channelIsDerivedWhenNotStated() {
        assertThat(lead("ada@engines.example", null, null, "cpc").channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(lead("ada@engines.example", null, null, null).channel()).isEqualTo(Channel.DIRECT);
    }

    @Test
    void campaignDefaultsToUtmCampaign() {
        LeadSubmission lead = new LeadSubmission("a@b.example", null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, new LeadSubmission.Utm("google", "cpc", "spring", null, null, "42"),
                null, null, null, null);
        assertThat(lead.campaign()).isEqualTo("spring");
        assertThat(lead.utm().id()).isEqualTo("42");
    }

    @Test
    void emailIsRequired() {
        assertThatThrownBy(() -> lead("  ", null, null, null)).isInstanceOf(InvalidLeadException.class);
    }

    private static LeadSubmission lead(String email, String country, String phone, String utmMedium) {
        return new LeadSubmission(email, " ", null, phone, null, null, null, null, null, country, false, null, null,
                null, null, new LeadSubmission.Utm(" ", utmMedium, null, null, null, null), null, null, null, null);
    }
}
