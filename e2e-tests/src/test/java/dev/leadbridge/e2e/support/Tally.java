package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.testing.TopicReader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a topic holds for a set of leads, per event type: records, distinct event ids ({@code ce_id}: a record
 * delivered twice carries the same one) and distinct leads. Lost is a lead with no event of a type it should have;
 * duplicated is a lead with two events (two ids) of a type that happens once.
 */
public record Tally(String type, int records, int distinctEvents, int distinctLeads, int leadsWithTwoEvents) {

    public static Tally of(String ceType, Collection<ConsumerRecord<String, String>> records) {
        List<ConsumerRecord<String, String>> ofType = records.stream()
                .filter(record -> ceType.equals(TopicReader.header(record, "ce_type"))).toList();
        Map<String, Set<String>> eventsPerLead = ofType.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, TreeMap::new,
                Collectors.mapping(record -> TopicReader.header(record, "ce_id"), Collectors.toSet())));
        int distinctEvents = eventsPerLead.values().stream().mapToInt(Set::size).sum();
        int twice = (int) eventsPerLead.values().stream().filter(ids -> ids.size() > 1).count();
        return new Tally(ceType, ofType.size(), distinctEvents, eventsPerLead.size(), twice);
    }

    /** Distinct leads with an event of the type, among {@code leadIds}. */
    public static long leadsWith(String ceType, Collection<ConsumerRecord<String, String>> records,
                                 Set<String> leadIds) {
        return records.stream()
                .filter(record -> ceType.equals(TopicReader.header(record, "ce_type")))
                .map(ConsumerRecord::key).filter(leadIds::contains).distinct().count();
    }

    @Override
    public String toString() {
        return "%s: %d records, %d distinct events, %d leads, %d leads with two events".formatted(
                type.replace("leadbridge.", "").replace(".v1", ""), records, distinctEvents, distinctLeads,
                leadsWithTwoEvents);
    }
}
