package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadMergeTests {

    @Test
    void newestNonEmptyValueWinsAndEmptyNeverErases() {
        Map<String, String> current = Map.of("jobTitle", "Engineer", "phone", "+4930123");
        Map<String, String> incoming = new LinkedHashMap<>();
        incoming.put("jobTitle", "CTO");
        incoming.put("phone", null);
        incoming.put("industry", " ");
        incoming.put("country", "DE");

        assertThat(LeadMerge.changes(current, incoming)).containsExactly(
                new LeadMerge.FieldChange("jobTitle", "Engineer", "CTO"),
                new LeadMerge.FieldChange("country", null, "DE"));
    }

    @Test
    void sameValueIsNoChange() {
        assertThat(LeadMerge.changes(Map.of("jobTitle", "CTO"), Map.of("jobTitle", "CTO"))).isEmpty();
    }
}
