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
    /**
     * The state of each lead's acceptance clock (running, paused, ended, with its due time), keyed by lead id and
     * compacted: the latest record per lead is all a reader needs, so the rep's inbox can sort by due time. Not
     * named by the public contract; {@link #SLA_ALERTS} keeps exactly the alert types it promises.
     */
    public static final String SLA_CLOCKS = "sla.clocks";

    /** Suffix of a dead-letter topic: a record that cannot be processed goes there so its partition keeps flowing. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final String LEADS_CAPTURED_DLQ = LEADS_CAPTURED + DEAD_LETTER_SUFFIX;
    public static final String LEADS_TOUCHPOINTS_DLQ = LEADS_TOUCHPOINTS + DEAD_LETTER_SUFFIX;
    public static final String LEADS_LIFECYCLE_DLQ = LEADS_LIFECYCLE + DEAD_LETTER_SUFFIX;
    public static final String SLA_ALERTS_DLQ = SLA_ALERTS + DEAD_LETTER_SUFFIX;
    public static final String SLA_CLOCKS_DLQ = SLA_CLOCKS + DEAD_LETTER_SUFFIX;

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic, {@code <topic>.dlq}. */
    public static String deadLetterTopicOf(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic, the five event topics first, then their dead-letter topics; for creating them. */
    public static List<String> all() {
        return List.of(LEADS_CAPTURED, LEADS_TOUCHPOINTS, LEADS_LIFECYCLE, SLA_ALERTS, SLA_CLOCKS,
                LEADS_CAPTURED_DLQ, LEADS_TOUCHPOINTS_DLQ, LEADS_LIFECYCLE_DLQ, SLA_ALERTS_DLQ, SLA_CLOCKS_DLQ);
    }
}
