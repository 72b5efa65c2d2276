package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadProfileTests {

    @Test
    void turnsUnknownValuesIntoEmptyOnesSoRulesNeverSeeNull() {
        LeadProfile unknown = new LeadProfile(null, null, null, 0, null, null, null);

        assertThat(unknown).isEqualTo(new LeadProfile("", "", "", 0, "", "", Set.of()));
    }

    @Test
    void normalisesWhatRulesCompare() {
        LeadProfile lead = new LeadProfile(" @Acme.IO ", "www.Acme.io", "  VP Sales ", 12, " Software ", "de",
                Set.of(NegativeSignal.UNSUBSCRIBED));

        assertThat(lead).isEqualTo(new LeadProfile("acme.io", "www.acme.io", "VP Sales", 12, "software", "DE",
                Set.of(NegativeSignal.UNSUBSCRIBED)));
    }

    @Test
    void takesTheDomainFromAnEmailAddress() {
        assertThat(LeadProfile.domainOf("jane.doe@Acme.io")).isEqualTo("Acme.io");
        assertThat(LeadProfile.domainOf("\"odd@name\"@acme.io")).isEqualTo("acme.io");
        assertThat(LeadProfile.domainOf("no-at-sign")).isEmpty();
    }

    @Test
    void rejectsANegativeCompanySize() {
        assertThatThrownBy(() -> new LeadProfile("", "", "", -1, "", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("companySize must not be negative, was -1");
    }
}
