package dev.leadbridge.events.cloudevents;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.PoisonEventException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CloudEventsTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:15:00.123Z");
    private static final InstantSource CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String LEAD = "0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2b";
    private static final String SOURCE = "/lead-intake-service";

    @Test
    void newAttributesCarryTheTypeSourceSubjectAndTheClocksInstant() {
        CloudEventAttributes attributes = CloudEvents.newAttributes(EventType.LEAD_CAPTURED, SOURCE, LEAD, CLOCK);

        assertThat(attributes.type()).isEqualTo("leadbridge.lead.captured.v1");
        assertThat(attributes.eventType()).contains(EventType.LEAD_CAPTURED);
        assertThat(attributes.source()).isEqualTo(SOURCE);
        assertThat(attributes.subject()).isEqualTo(LEAD);
        assertThat(attributes.time()).isEqualTo(NOW);
        assertThat(attributes.id().version()).isEqualTo(7);
    }

    @Test
    void headersOfListsTheBinaryModeHeadersInOrder() {
        CloudEventAttributes attributes = CloudEvents.newAttributes(EventType.SLA_BREACHED, "/sla-monitor-service",
                LEAD, CLOCK);

        assertThat(CloudEvents.headersOf(attributes)).containsExactly(
                entry("ce_specversion", "1.0"),
                entry("ce_id", attributes.id().toString()),
                entry("ce_type", "leadbridge.sla.breached.v1"),
                entry("ce_source", "/sla-monitor-service"),
                entry("ce_subject", LEAD),
                entry("ce_time", "2025-03-03T09:15:00.123Z"),
                entry("content-type", "application/json"));
    }

    @Test
    void writtenHeadersAreUtf8AndReadBackToTheSameAttributes() {
        CloudEventAttributes attributes = new CloudEventAttributes(UUID.randomUUID(), "leadbridge.lead.mql.v1",
                "/qualification-service/é", LEAD, NOW);
        Headers headers = new RecordHeaders();

        CloudEvents.writeHeaders(attributes, headers);

        assertThat(headers.lastHeader("ce_source").value())
                .isEqualTo("/qualification-service/é".getBytes(StandardCharsets.UTF_8));
        assertThat(CloudEvents.readHeaders(headers)).isEqualTo(attributes);
    }

    @Test
    void writingReplacesCloudEventHeadersAndKeepsOthers() {
        Headers headers = new RecordHeaders();
        headers.add("ce_id", bytes("stale-id"));
        headers.add("ce_id", bytes("another-stale-id"));
        headers.add("traceparent", bytes("00-abc-def-01"));
        CloudEventAttributes attributes = CloudEvents.newAttributes(EventType.LEAD_ACCEPTED, SOURCE, LEAD, CLOCK);

        CloudEvents.writeHeaders(attributes, headers);

        assertThat(headers.headers("ce_id")).hasSize(1);
        assertThat(keys(headers)).containsExactlyInAnyOrder("traceparent", "ce_specversion", "ce_id", "ce_type",
                "ce_source", "ce_subject", "ce_time", "content-type");
        assertThat(CloudEvents.readHeaders(headers).id()).isEqualTo(attributes.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time"})
    void missingRequiredHeaderIsPoisonNamingIt(String header) {
        Headers headers = validHeaders();
        headers.remove(header);

        assertThatThrownBy(() -> CloudEvents.readHeaders(headers))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("CloudEvent header " + header + " is missing or blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_type", "ce_subject"})
    void blankRequiredHeaderIsPoisonNamingIt(String header) {
        Headers headers = validHeaders();
        headers.remove(header);
        headers.add(header, bytes("  "));

        assertThatThrownBy(() -> CloudEvents.readHeaders(headers))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining(header);
    }

    @Test
    void contentTypeIsNotRequiredToRead() {
        Headers headers = validHeaders();
        headers.remove("content-type");

        assertThat(CloudEvents.readHeaders(headers).subject()).isEqualTo(LEAD);
    }

    @Test
    void otherSpecVersionIsPoison() {
        assertThatThrownBy(() -> CloudEvents.readHeaders(replaced("ce_specversion", "0.3")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("ce_specversion")
                .hasMessageContaining("0.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evt-42", "1-2-3-4-5", "0195a1b23c4d7e5f8a6b7c8d9e0f1a2b"})
    void idThatIsNoCanonicalUuidIsPoison(String id) {
        assertThatThrownBy(() -> CloudEvents.readHeaders(replaced("ce_id", id)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("ce_id")
                .hasMessageContaining(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-03-03T09:15:00", "1741000000"})
    void timeThatIsNoRfc3339InstantIsPoison(String time) {
        assertThatThrownBy(() -> CloudEvents.readHeaders(replaced("ce_time", time)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("ce_time")
                .hasMessageContaining(time);
    }

    @Test
    void timeWithAnOffsetIsReadAsTheSameInstant() {
        Headers headers = replaced("ce_time", "2025-03-03T10:15:00.123+01:00");

        assertThat(CloudEvents.readHeaders(headers).time()).isEqualTo(NOW);
    }

    @Test
    void typeUnknownToThisContractVersionIsStillRead() {
        CloudEventAttributes attributes = CloudEvents.readHeaders(replaced("ce_type", "leadbridge.lead.mql.v2"));

        assertThat(attributes.type()).isEqualTo("leadbridge.lead.mql.v2");
        assertThat(attributes.eventType()).isEmpty();
    }

    @Test
    void eventIdIsAVersion7UuidCarryingTheClocksMillisecond() {
        UUID id = CloudEvents.newEventId(CLOCK);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void eventIdsSortInTheOrderTheyWereMadeWithinAndAcrossMilliseconds() {
        List<String> ids = new ArrayList<>();
        for (int millis = 0; millis < 5; millis++) {
            InstantSource clock = Clock.fixed(NOW.plus(Duration.ofMillis(millis)), ZoneOffset.UTC);
            for (int i = 0; i < 200; i++) {
                ids.add(CloudEvents.newEventId(clock).toString());
            }
        }

        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void attributesRefuseBlankValues() {
        assertThatThrownBy(() -> new CloudEventAttributes(UUID.randomUUID(), "leadbridge.lead.mql.v1", " ", LEAD, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    private static Headers validHeaders() {
        Headers headers = new RecordHeaders();
        CloudEvents.writeHeaders(CloudEvents.newAttributes(EventType.LEAD_MQL, SOURCE, LEAD, CLOCK), headers);
        return headers;
    }

    private static Headers replaced(String key, String value) {
        Headers headers = validHeaders();
        headers.remove(key);
        headers.add(key, bytes(value));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(Headers headers) {
        return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
    }
}
