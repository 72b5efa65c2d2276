package dev.leadbridge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.SlaMet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTests {

    @Test
    void coversTheFifteenTypesOfThePublicContractTheLeadUpdateTheErasureAndTheClockState() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType)).containsExactlyInAnyOrder(
                "leadbridge.lead.captured.v1",
                "leadbridge.lead.updated.v1",
                "leadbridge.person.erased.v1",
                "leadbridge.touchpoint.recorded.v1",
                "leadbridge.lead.scored.v1",
                "leadbridge.lead.mql.v1",
                "leadbridge.lead.assigned.v1",
                "leadbridge.lead.accepted.v1",
                "leadbridge.lead.rejected.v1",
                "leadbridge.lead.recycled.v1",
                "leadbridge.lead.reassigned.v1",
                "leadbridge.lead.converted.v1",
                "leadbridge.lead.closed.v1",
                "leadbridge.sla.warning.v1",
                "leadbridge.sla.breached.v1",
                "leadbridge.sla.escalated.v1",
                "leadbridge.sla.met.v1",
                "leadbridge.sla.clock.v1");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void travelsOnTheTopicTheContractNamesForItsFamily(EventType type) {
        String expectedTopic = type == EventType.SLA_CLOCK ? Topics.SLA_CLOCKS
                : type.ceType().startsWith("leadbridge.sla.") ? Topics.SLA_ALERTS
                : type.ceType().startsWith("leadbridge.touchpoint.") ? Topics.LEADS_TOUCHPOINTS
                : type == EventType.LEAD_CAPTURED || type == EventType.LEAD_UPDATED
                        || type == EventType.PERSON_ERASED ? Topics.LEADS_CAPTURED
                : Topics.LEADS_LIFECYCLE;
        assertThat(type.topic()).isEqualTo(expectedTopic);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaResourceIsNamedAfterTheTypeAndExists(EventType type) {
        assertThat(type.schemaResource()).isEqualTo("schemas/" + type.ceType() + ".json");
        assertThat(getClass().getClassLoader().getResource(type.schemaResource())).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ceTypeConstantOfTheSameNameHoldsTheTypeString(EventType type) throws ReflectiveOperationException {
        assertThat(CeTypes.class.getField(type.name()).get(null)).isEqualTo(type.ceType());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void isFoundByItsCeTypeAndByItsPayloadClass(EventType type) {
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
        assertThat(EventType.forPayload(type.payloadType())).isEqualTo(type);
    }

    @Test
    void payloadClassesAreTheMatchingRecords() {
        assertThat(EventType.LEAD_CAPTURED.payloadType()).isEqualTo(LeadCaptured.class);
        assertThat(EventType.SLA_MET.payloadType()).isEqualTo(SlaMet.class);
        assertThat(Arrays.stream(EventType.values()).map(EventType::payloadType).distinct()).hasSize(EventType.values().length);
    }

    @Test
    void unknownOrFutureCeTypeIsNotFound() {
        assertThat(EventType.fromCeType("leadbridge.lead.captured.v2")).isEmpty();
        assertThat(EventType.fromCeType(null)).isEmpty();
    }

    @Test
    void classThatIsNoPayloadHasNoType() {
        assertThatThrownBy(() -> EventType.forPayload(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("String");
    }
}
