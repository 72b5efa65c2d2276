package dev.leadbridge.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadScored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTests {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fullPayloadReadsBackEqualToWhatWasWritten(EventType type) {
        Object payload = SamplePayloads.full(type);

        assertThat(EventJson.read(EventJson.write(payload), type.payloadType())).isEqualTo(payload);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void minimalPayloadReadsBackEqualToWhatWasWritten(EventType type) {
        Object payload = SamplePayloads.minimal(type);

        assertThat(EventJson.read(EventJson.write(payload), type.payloadType())).isEqualTo(payload);
    }

    @Test
    void instantsAreIsoUtcStringsAndMoneyIsADecimalString() {
        JsonNode closed = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_CLOSED));

        assertThat(closed.get("closedAt").textValue()).isEqualTo("2025-03-31T03:55:00Z");
        assertThat(closed.get("amount").textValue()).isEqualTo("52500.50");
        assertThat(closed.get("currency").textValue()).isEqualTo("EUR");
    }

    @Test
    void moneyIsWrittenPlainNeverInScientificNotation() {
        LeadConverted converted = new LeadConverted(SamplePayloads.LEAD_ID, "rep-anna", "opp-1",
                new BigDecimal("1E+6"), SamplePayloads.EUR, SamplePayloads.CAPTURED_AT);

        assertThat(EventSchemasTests.tree(converted).get("expectedAmount").textValue()).isEqualTo("1000000");
    }

    @Test
    void durationsAreIsoDurationStrings() {
        JsonNode met = EventSchemasTests.tree(SamplePayloads.full(EventType.SLA_MET));

        assertThat(met.get("elapsedBusiness").textValue()).isEqualTo("PT29M");
        assertThat(met.get("elapsedWall").textValue()).isEqualTo("PT29M12S");
    }

    @Test
    void enumsAreLowerSnakeCaseAndGradesAreLetters() {
        JsonNode captured = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_CAPTURED));
        JsonNode scored = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_SCORED));

        assertThat(captured.at("/source/channel").textValue()).isEqualTo("paid_search");
        assertThat(captured.get("entryStage").textValue()).isEqualTo("accepted");
        assertThat(scored.at("/score/grade").textValue()).isEqualTo("A");
        assertThat(scored.at("/score/breakdown/3/category").textValue()).isEqualTo("negative");
    }

    @Test
    void absentOptionalValuesAreOmittedAndEmptyCollectionsKept() {
        String json = EventJson.write(SamplePayloads.minimal(EventType.LEAD_CAPTURED));

        assertThat(json).doesNotContain("null").doesNotContain("company").doesNotContain("firstName");
        assertThat(json).contains("\"customFields\":{}");
    }

    @Test
    void readingIgnoresPropertiesAddedByANewerProducer() {
        ObjectNode accepted = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_ACCEPTED));
        accepted.put("acceptedVia", "mobile-app");

        assertThat(EventJson.read(accepted.toString(), LeadAccepted.class))
                .isEqualTo(SamplePayloads.full(EventType.LEAD_ACCEPTED));
    }

    @Test
    void moneySentAsAJsonNumberIsReadToo() {
        ObjectNode converted = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_CONVERTED));
        converted.put("expectedAmount", new BigDecimal("48000.25"));

        assertThat(EventJson.read(converted.toString(), LeadConverted.class).expectedAmount())
                .isEqualByComparingTo("48000.25");
    }

    @Test
    void absentListsAndMapsAreReadAsEmpty() {
        ObjectNode captured = EventSchemasTests.tree(SamplePayloads.minimal(EventType.LEAD_CAPTURED));
        captured.remove("customFields");
        ObjectNode scored = EventSchemasTests.tree(SamplePayloads.minimal(EventType.LEAD_SCORED));
        ((ObjectNode) scored.get("score")).remove("breakdown");

        assertThat(EventJson.read(captured.toString(), LeadCaptured.class).customFields()).isEmpty();
        assertThat(EventJson.read(scored.toString(), LeadScored.class).score().breakdown()).isEmpty();
    }

    @Test
    void malformedJsonIsPoison() {
        assertThatThrownBy(() -> EventJson.read("{\"leadId\":", LeadAccepted.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("cannot read LeadAccepted");
        assertThatThrownBy(() -> EventJson.read(" ", LeadAccepted.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void payloadMissingARequiredFieldIsPoisonNamingTheField() {
        ObjectNode accepted = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_ACCEPTED));
        accepted.remove("actorId");

        assertThatThrownBy(() -> EventJson.read(accepted.toString(), LeadAccepted.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("actorId");
    }

    @Test
    void unknownEnumValueAndWrongTypesArePoison() {
        ObjectNode rejected = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_REJECTED));
        rejected.put("reason", "rude");
        ObjectNode closed = EventSchemasTests.tree(SamplePayloads.full(EventType.LEAD_CLOSED));
        closed.put("closedAt", "last tuesday");

        assertThatThrownBy(() -> EventJson.read(rejected.toString(), LeadRejected.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("rude");
        assertThatThrownBy(() -> EventJson.read(closed.toString(), LeadClosed.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("last tuesday");
    }
}
