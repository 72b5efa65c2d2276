package dev.leadbridge.events;

import java.util.List;

/**
 * Kafka topic names of the public contract. They are compile-time constants so services can use them in
 * {@code @Incoming}/{@code @Outgoing} annotations and configuration without repeating string literals.
 */
public final class Topics {

    public static final String LEADS_CAPTURED = "leads.captured";
    public static final String LEADS_TOUCHPOINTS = "leads.touchpoints";
    public static final String LEADS_LIFECYCLE = "leads.lifecycle";
    public static final String SLA_ALERTS = "sla.alerts";

    /** Suffix of a dead-letter topic: a record that cannot be processed goes there so its partition keeps flowing. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final String LEADS_CAPTURED_DLQ = LEADS_CAPTURED + DEAD_LETTER_SUFFIX;
    public static final String LEADS_TOUCHPOINTS_DLQ = LEADS_TOUCHPOINTS + DEAD_LETTER_SUFFIX;
    public static final String LEADS_LIFECYCLE_DLQ = LEADS_LIFECYCLE + DEAD_LETTER_SUFFIX;
    public static final String SLA_ALERTS_DLQ = SLA_ALERTS + DEAD_LETTER_SUFFIX;

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic, {@code <topic>.dlq}. */
    public static String deadLetterTopicOf(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic of the contract, the four event topics first, then their dead-letter topics; for creating them. */
    public static List<String> all() {
        return List.of(LEADS_CAPTURED, LEADS_TOUCHPOINTS, LEADS_LIFECYCLE, SLA_ALERTS,
                LEADS_CAPTURED_DLQ, LEADS_TOUCHPOINTS_DLQ, LEADS_LIFECYCLE_DLQ, SLA_ALERTS_DLQ);
    }
}
