package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The routing rules managers maintain: which team a lead goes to. The first matching rule by priority wins; a lead
 * no rule matches goes to {@code defaultTeamId}. The named territories say which territory a lead's country belongs
 * to, for reports; they route nothing themselves.
 */
public record RoutingTable(List<RoutingRule> rules, String defaultTeamId, SegmentBoundaries segments,
                           List<Territory> territories) {

    /** The rule id an assignment records when no rule matched and the default team was used. */
    public static final String DEFAULT_RULE_ID = "default";
    /** The rule id an assignment records when the lead went to the owner of its account. */
    public static final String ACCOUNT_MATCH_RULE_ID = "account-match";

    static final Set<String> RESERVED_RULE_IDS = Set.of(DEFAULT_RULE_ID, ACCOUNT_MATCH_RULE_ID);

    public RoutingTable {
        rules = Lenient.list(rules);
        territories = Lenient.list(territories);
    }

    /** A table without named territories. */
    public RoutingTable(List<RoutingRule> rules, String defaultTeamId, SegmentBoundaries segments) {
        this(rules, defaultTeamId, segments, List.of());
    }

    /** The territory the country belongs to; empty for a country no territory names, or none given. */
    public Optional<String> territoryOf(String country) {
        return country == null ? Optional.empty() : territories.stream()
                .filter(territory -> territory != null && territory.countries().contains(country))
                .map(Territory::name).findFirst();
    }

    /** The team for the lead and the id of the rule that chose it. */
    TeamChoice teamFor(RoutingRequest lead) {
        Segment segment = segments.segmentOf(lead.companySize());
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::priority).thenComparing(RoutingRule::id))
                .filter(rule -> rule.matches(lead, segment))
                .findFirst()
                .map(rule -> new TeamChoice(rule.teamId(), rule.id()))
                .orElse(new TeamChoice(defaultTeamId, DEFAULT_RULE_ID));
    }

    /** A team and the rule that picked it. */
    record TeamChoice(String teamId, String ruleId) {
    }

    /** What is wrong with the table, one sentence per problem; empty when it can be used. */
    public List<String> validate() {
        Problems problems = new Problems();
        problems.each(rules, "rules", (rule, path) -> rule.validate(path, problems));
        Map<Integer, String> rulesByPriority = new HashMap<>();
        rules.stream().filter(Objects::nonNull).forEach(rule -> {
            String other = rulesByPriority.putIfAbsent(rule.priority(), rule.id());
            problems.check(other == null, "rules: '%s' and '%s' share priority %d", other, rule.id(), rule.priority());
        });
        problems.each(territories, "territories", (territory, path) -> territory.validate(path, problems));
        Map<String, String> territoryByCountry = new HashMap<>();
        Set<String> names = new HashSet<>();
        territories.stream().filter(Objects::nonNull).forEach(territory -> {
            problems.check(territory.name() == null || names.add(territory.name()),
                    "territories: '%s' is named twice", territory.name());
            territory.countries().stream().filter(Objects::nonNull).forEach(country -> {
                String other = territoryByCountry.putIfAbsent(country, territory.name());
                problems.check(other == null, "territories: %s is in both '%s' and '%s'", country, other,
                        territory.name());
            });
        });
        problems.requireText(defaultTeamId, "defaultTeamId");
        if (problems.require(segments, "segments")) {
            segments.validate(problems);
        }
        return problems.list();
    }
}
