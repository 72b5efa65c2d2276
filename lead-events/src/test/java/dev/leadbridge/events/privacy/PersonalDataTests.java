package dev.leadbridge.events.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.SamplePayloads;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadUpdated;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    private final PersonalDataKey key = PersonalDataKey.generate();
    private final LeadCaptured captured = (LeadCaptured) SamplePayloads.full(EventType.LEAD_CAPTURED);
    private final LeadUpdated updated = (LeadUpdated) SamplePayloads.full(EventType.LEAD_UPDATED);

    @Test
    void aSealedCaptureShowsNothingOfThePersonAndStillFitsItsSchema() {
        String json = EventJson.write(PersonalData.seal(captured, key));

        for (String personal : List.of(captured.person().email(), captured.person().firstName(),
                captured.person().lastName(), captured.person().phone(), captured.person().jobTitle())) {
            assertThat(json).doesNotContain(personal);
        }
        assertThat(captured.customFields()).containsValue("podcast");
        assertThat(json).doesNotContain("podcast");
        assertThat(EventSchemas.violations(EventType.LEAD_CAPTURED, json)).isEmpty();
        LeadCaptured sealed = EventJson.read(json, LeadCaptured.class);
        assertThat(sealed.person().email()).startsWith(PersonalDataKey.SEALED_PREFIX)
                .endsWith("@" + PersonalData.domainOf(captured.person().email()));
        assertThat(sealed.company()).isEqualTo(captured.company());
        assertThat(sealed.source()).isEqualTo(captured.source());
        assertThat(sealed.visitorId()).as("keys anonymous touchpoints, stays readable").isEqualTo(captured.visitorId());
        assertThat(PersonalData.isSealed(sealed)).isTrue();
        assertThat(PersonalData.isSealed(captured)).isFalse();
    }

    @Test
    void theLeadsKeyOpensWhatItSealed() {
        assertThat(PersonalData.open(PersonalData.seal(captured, key), key)).isEqualTo(captured);
        assertThat(PersonalData.open(PersonalData.seal(updated, key), key)).isEqualTo(updated);
    }

    @Test
    void anUpdateSealsThePersonsOldAndNewValuesButNotTheirCompanyOrVisitorId() {
        LeadUpdated update = new LeadUpdated(updated.leadId(), updated.updatedAt(), List.of(
                new LeadFieldChange(LeadField.PHONE, "+49 30 1111111", "+49 30 2222222"),
                new LeadFieldChange(LeadField.COMPANY_SIZE, "120", "250"),
                new LeadFieldChange(LeadField.VISITOR_ID, null, "v-1")),
                updated.person(), updated.company(), updated.country(), updated.consent(), "v-1");

        String json = EventJson.write(PersonalData.seal(update, key));

        assertThat(json).doesNotContain("+49 30 1111111").doesNotContain("+49 30 2222222")
                .doesNotContain(update.person().email()).contains("\"250\"").contains("v-1");
        assertThat(EventSchemas.violations(EventType.LEAD_UPDATED, json)).isEmpty();
    }

    @Test
    void anotherKeyOrAnotherLeadOpensNothing() {
        LeadCaptured sealed = PersonalData.seal(captured, key);

        assertThatThrownBy(() -> PersonalData.open(sealed, PersonalDataKey.generate()))
                .isInstanceOf(IllegalArgumentException.class);
        String lastName = sealed.person().lastName();
        assertThatThrownBy(() -> key.open(UUID.randomUUID(), lastName)).isInstanceOf(IllegalArgumentException.class);
        String altered = lastName.substring(0, lastName.length() - 2) + (lastName.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> key.open(captured.leadId(), altered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.open(captured.leadId(), PersonalDataKey.SEALED_PREFIX + "@@"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealingTwiceGivesDifferentTextsAndSealedValuesAreLeftAsTheyAre() {
        UUID lead = captured.leadId();

        assertThat(key.seal(lead, "Jane")).isNotEqualTo(key.seal(lead, "Jane"));
        assertThat(key.seal(lead, null)).isNull();
        assertThat(key.open(lead, "not sealed")).isEqualTo("not sealed");
        LeadCaptured sealed = PersonalData.seal(captured, key);
        assertThat(PersonalData.seal(sealed, key).person().email()).isEqualTo(sealed.person().email());
    }

    @Test
    void aKeyTravelsAsBase64AndHidesItselfInLogs() {
        PersonalDataKey copy = PersonalDataKey.fromBase64(key.toBase64());

        assertThat(copy.bytes()).isEqualTo(key.bytes());
        assertThat(copy.toString()).doesNotContain(key.toBase64());
        assertThatThrownBy(() -> PersonalDataKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepsFreeTextIsSealedAndLeftOutWithoutAKey() {
        LeadRejected rejected = (LeadRejected) SamplePayloads.full(EventType.LEAD_REJECTED);
        LeadClosed closed = (LeadClosed) SamplePayloads.full(EventType.LEAD_CLOSED);

        LeadRejected sealedNote = PersonalData.seal(rejected, Optional.of(key));
        LeadClosed sealedReason = PersonalData.seal(closed, Optional.of(key));

        assertThat(key.open(rejected.leadId(), sealedNote.note())).isEqualTo(rejected.note());
        assertThat(EventJson.write(sealedNote)).doesNotContain(rejected.note());
        assertThat(EventSchemas.violations(EventType.LEAD_REJECTED, EventJson.write(sealedNote))).isEmpty();
        assertThat(key.open(closed.leadId(), sealedReason.reason())).isEqualTo(closed.reason());
        assertThat(sealedReason.amount()).isEqualTo(closed.amount());
        assertThat(PersonalData.seal(rejected, Optional.empty()).note()).isNull();
        assertThat(PersonalData.seal(closed, Optional.empty()).reason()).isNull();
    }
}
