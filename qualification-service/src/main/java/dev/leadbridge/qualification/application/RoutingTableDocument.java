package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.domain.routing.RoutingRule;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.domain.routing.Segment;
import dev.leadbridge.qualification.domain.routing.SegmentBoundaries;
import dev.leadbridge.qualification.domain.routing.Territory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routing table as managers write and read it, and as it is stored (document version {@link #VERSION}): a shape
 * of its own, so renaming a field of the domain's {@link RoutingTable} never changes the API or stored tables.
 */
public record RoutingTableDocument(List<Rule> rules, String defaultTeamId, Segments segments,
                                   // left out when there are none, so tables stored before territories read the same
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<TerritoryEntry> territories) {

    /** The version of this shape in storage; a reader for every older version stays when it changes. */
    public static final int VERSION = 1;

    /** A rule: leads matching every non-empty criterion go to its team; the lowest priority that matches wins. */
    public record Rule(String id, int priority, String teamId, Set<String> countries, Set<Segment> segments,
                       Set<Channel> channels) {
    }

    /** A named territory: the countries whose leads belong to it, for reports by territory. Optional. */
    public record TerritoryEntry(String name, Set<String> countries) {
    }

    /** Company sizes (employees) from which a lead is mid-market and enterprise. */
    public record Segments(int midMarketFrom, int enterpriseFrom) {
    }

    public static RoutingTableDocument of(RoutingTable table) {
        return new RoutingTableDocument(
                table.rules().stream().map(rule -> rule == null ? null : new Rule(rule.id(), rule.priority(),
                        rule.teamId(), rule.countries(), rule.segments(), rule.channels())).toList(),
                table.defaultTeamId(),
                table.segments() == null ? null
                        : new Segments(table.segments().midMarketFrom(), table.segments().enterpriseFrom()),
                table.territories().isEmpty() ? null : table.territories().stream().map(territory -> territory == null
                        ? null : new TerritoryEntry(territory.name(), territory.countries())).toList());
    }

    /** The domain's table; validate it before use. Null elements stay null, so validation can name them. */
    public RoutingTable toDomain() {
        List<RoutingRule> domainRules = rules == null ? null : rules.stream()
                .map(rule -> rule == null ? null : new RoutingRule(rule.id(), rule.priority(), rule.teamId(),
                        rule.countries(), rule.segments(), rule.channels()))
                .collect(Collectors.toList());
        List<Territory> domainTerritories = territories == null ? List.of() : territories.stream()
                .map(territory -> territory == null ? null : new Territory(territory.name(), territory.countries()))
                .collect(Collectors.toList());
        return new RoutingTable(domainRules, defaultTeamId,
                segments == null ? null : new SegmentBoundaries(segments.midMarketFrom(), segments.enterpriseFrom()),
                domainTerritories);
    }
}
