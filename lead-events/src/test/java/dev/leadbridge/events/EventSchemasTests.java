package dev.leadbridge.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadbridge.events.payload.LifecycleStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTests {

    private static final ObjectMapper TREES = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyFullyPopulatedPayloadValidatesAgainstItsSchema(EventType type) {
        assertThat(EventSchemas.violations(type, EventJson.write(SamplePayloads.full(type)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyMinimalPayloadValidatesAgainstItsSchema(EventType type) {
        assertThat(EventSchemas.violations(type, EventJson.write(SamplePayloads.minimal(type)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadMissingAnyRequiredFieldIsRejected(EventType type) throws IOException {
        JsonNode required = schemaOf(type).get("required");
        assertThat(required).isNotEmpty();

        for (JsonNode field : required) {
            ObjectNode payload = tree(SamplePayloads.full(type));
            payload.remove(field.asText());

            assertThat(EventSchemas.violations(type, payload.toString()))
                    .as("%s without %s", type, field.asText())
                    .anySatisfy(violation -> assertThat(violation).contains(field.asText()));
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadWithAnUnknownTopLevelFieldIsRejected(EventType type) {
        ObjectNode payload = tree(SamplePayloads.full(type));
        payload.put("surprise", "not in the contract");

        assertThat(EventSchemas.violations(type, payload.toString()))
                .singleElement().asString().contains("surprise");
    }

    @Test
    void unknownFieldsInsideNestedObjectsAreRejected() {
        ObjectNode captured = tree(SamplePayloads.full(EventType.LEAD_CAPTURED));
        ((ObjectNode) captured.get("person")).put("nickname", "JD");
        ObjectNode scored = tree(SamplePayloads.full(EventType.LEAD_SCORED));
        ((ObjectNode) scored.get("score").get("breakdown").get(0)).put("weight", 2);

        assertThat(EventSchemas.violations(EventType.LEAD_CAPTURED, captured.toString()))
                .singleElement().asString().startsWith("/person").contains("nickname");
        assertThat(EventSchemas.violations(EventType.LEAD_SCORED, scored.toString()))
                .singleElement().asString().startsWith("/score/breakdown/0").contains("weight");
    }

    @Test
    void valueOutsideAnEnumIsRejected() {
        ObjectNode rejected = tree(SamplePayloads.full(EventType.LEAD_REJECTED));
        rejected.put("reason", "rude");
        ObjectNode mql = tree(SamplePayloads.full(EventType.LEAD_MQL));
        mql.put("grade", "a");

        assertThat(EventSchemas.violations(EventType.LEAD_REJECTED, rejected.toString()))
                .singleElement().asString().startsWith("/reason");
        assertThat(EventSchemas.violations(EventType.LEAD_MQL, mql.toString()))
                .singleElement().asString().startsWith("/grade");
    }

    @Test
    void aConversionPredictionIsAProbabilityWithNamedFactorsAndNothingElse() {
        ObjectNode scored = tree(SamplePayloads.full(EventType.LEAD_SCORED));
        ((ObjectNode) scored.get("pAccept")).put("probability", 1.2);
        ((ObjectNode) scored.get("pWin").get("topFactors").get(0)).put("weight", 2);

        assertThat(EventSchemas.violations(EventType.LEAD_SCORED, scored.toString()))
                .hasSize(2)
                .anySatisfy(violation -> assertThat(violation).startsWith("/pAccept/probability"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/pWin/topFactors/0").contains("weight"));
    }

    @Test
    void idsTimesAndDurationsMustHaveTheirFormat() {
        ObjectNode breached = tree(SamplePayloads.full(EventType.SLA_BREACHED));
        breached.put("timerId", "timer-1");
        breached.put("breachedAt", "2025-03-03 09:15");
        breached.put("lateness", "90 minutes");

        assertThat(EventSchemas.violations(EventType.SLA_BREACHED, breached.toString()))
                .hasSize(3)
                .anySatisfy(violation -> assertThat(violation).startsWith("/timerId"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/breachedAt"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/lateness"));
    }

    @Test
    void moneyMustBeANonNegativeDecimalStringWithACurrency() {
        ObjectNode asNumber = tree(SamplePayloads.full(EventType.LEAD_CLOSED));
        asNumber.put("amount", 52500.5);
        ObjectNode negative = tree(SamplePayloads.full(EventType.LEAD_CLOSED));
        negative.put("amount", "-1.00");
        ObjectNode withoutCurrency = tree(SamplePayloads.full(EventType.LEAD_CLOSED));
        withoutCurrency.remove("currency");
        ObjectNode lowerCaseCurrency = tree(SamplePayloads.full(EventType.LEAD_CONVERTED));
        lowerCaseCurrency.put("currency", "eur");

        assertThat(EventSchemas.violations(EventType.LEAD_CLOSED, asNumber.toString())).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.LEAD_CLOSED, negative.toString())).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.LEAD_CLOSED, withoutCurrency.toString()))
                .singleElement().asString().contains("currency");
        assertThat(EventSchemas.violations(EventType.LEAD_CONVERTED, lowerCaseCurrency.toString()))
                .singleElement().asString().startsWith("/currency");
    }

    @Test
    void touchpointNeedsALeadOrAVisitor() {
        ObjectNode anonymous = tree(SamplePayloads.full(EventType.TOUCHPOINT_RECORDED));
        anonymous.remove("leadId");
        ObjectNode nobody = anonymous.deepCopy();
        nobody.remove("visitorId");

        assertThat(EventSchemas.violations(EventType.TOUCHPOINT_RECORDED, anonymous.toString())).isEmpty();
        assertThat(EventSchemas.violations(EventType.TOUCHPOINT_RECORDED, nobody.toString())).isNotEmpty();
    }

    @Test
    void queuedAssignmentHasNoOwnerAndADirectOneHasOne() {
        ObjectNode queuedWithOwner = tree(SamplePayloads.full(EventType.LEAD_ASSIGNED));
        queuedWithOwner.put("queued", true);
        ObjectNode assignedWithoutOwner = tree(SamplePayloads.full(EventType.LEAD_ASSIGNED));
        assignedWithoutOwner.remove("ownerId");

        assertThat(EventSchemas.violations(EventType.LEAD_ASSIGNED, queuedWithOwner.toString())).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.LEAD_ASSIGNED, assignedWithoutOwner.toString())).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void leadEnteringAtAStageOwnedBySalesNeedsAnOwner(LifecycleStage stage) {
        ObjectNode captured = tree(SamplePayloads.minimal(EventType.LEAD_CAPTURED));
        captured.put("entryStage", stage.wire());

        List<String> violations = EventSchemas.violations(EventType.LEAD_CAPTURED, captured.toString());

        assertThat(violations.isEmpty()).as(violations.toString()).isEqualTo(!stage.ownedBySales());
    }

    @Test
    void malformedJsonIsReportedAsAViolationNotThrown() {
        assertThat(EventSchemas.violations(EventType.LEAD_ACCEPTED, "{\"leadId\": "))
                .singleElement().asString().startsWith("not well-formed JSON");
        assertThat(EventSchemas.violations(EventType.LEAD_ACCEPTED, "{} {}"))
                .singleElement().asString().startsWith("not well-formed JSON");
        assertThat(EventSchemas.violations(EventType.LEAD_ACCEPTED, "")).containsExactly("the payload is empty");
    }

    @Test
    void payloadThatIsNoObjectIsRejected() {
        assertThat(EventSchemas.violations(EventType.LEAD_ACCEPTED, "[]")).singleElement().asString().startsWith("/:");
    }

    @Test
    void requireValidPassesAValidPayload() {
        String json = EventJson.write(SamplePayloads.full(EventType.SLA_MET));

        assertThatCode(() -> EventSchemas.requireValid(EventType.SLA_MET, json)).doesNotThrowAnyException();
    }

    @Test
    void requireValidThrowsPoisonEventListingEveryViolation() {
        ObjectNode accepted = tree(SamplePayloads.full(EventType.LEAD_ACCEPTED));
        accepted.remove("actorId");
        accepted.put("acceptedAt", "soon");

        assertThatThrownBy(() -> EventSchemas.requireValid(EventType.LEAD_ACCEPTED, accepted.toString()))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("leadbridge.lead.accepted.v1 payload breaks its schema")
                .hasMessageContaining("actorId")
                .hasMessageContaining("/acceptedAt");
    }

    static ObjectNode tree(Object payload) {
        try {
            return (ObjectNode) TREES.readTree(EventJson.write(payload));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode schemaOf(EventType type) throws IOException {
        try (InputStream in = EventSchemasTests.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            return TREES.readTree(in);
        }
    }
}
