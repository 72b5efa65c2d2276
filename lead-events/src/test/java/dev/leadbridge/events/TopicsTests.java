package dev.leadbridge.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicsTests {

    @Test
    void deadLetterTopicAppendsDlqToTheConsumedTopic() {
        assertThat(Topics.deadLetterTopicOf("leads.captured")).isEqualTo("leads.captured.dlq");
        assertThat(Topics.deadLetterTopicOf(Topics.SLA_ALERTS)).isEqualTo("sla.alerts.dlq");
    }

    @Test
    void deadLetterTopicOfBlankTopicIsRefused() {
        assertThatThrownBy(() -> Topics.deadLetterTopicOf(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.deadLetterTopicOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadLetterConstantsAreTheDeadLetterTopicsOfTheEventTopics() {
        assertThat(Topics.LEADS_CAPTURED_DLQ).isEqualTo(Topics.deadLetterTopicOf(Topics.LEADS_CAPTURED));
        assertThat(Topics.LEADS_TOUCHPOINTS_DLQ).isEqualTo(Topics.deadLetterTopicOf(Topics.LEADS_TOUCHPOINTS));
        assertThat(Topics.LEADS_LIFECYCLE_DLQ).isEqualTo(Topics.deadLetterTopicOf(Topics.LEADS_LIFECYCLE));
        assertThat(Topics.SLA_ALERTS_DLQ).isEqualTo(Topics.deadLetterTopicOf(Topics.SLA_ALERTS));
        assertThat(Topics.SLA_CLOCKS_DLQ).isEqualTo(Topics.deadLetterTopicOf(Topics.SLA_CLOCKS));
    }

    @Test
    void allListsTheFourContractTopicsTheClockTopicAndTheirDeadLetterTopics() {
        assertThat(Topics.all()).containsExactly(
                "leads.captured", "leads.touchpoints", "leads.lifecycle", "sla.alerts", "sla.clocks",
                "leads.captured.dlq", "leads.touchpoints.dlq", "leads.lifecycle.dlq", "sla.alerts.dlq",
                "sla.clocks.dlq");
    }
}
