package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routing rules managers maintain: which team a lead goes to. The first matching rule by priority wins; a lead
 * no rule matches goes to {@code defaultTeamId}.
 */
public record RoutingTable(List<RoutingRule> rules, String defaultTeamId, SegmentBoundaries segments) {

    /** The rule id an assignment records when no rule matched and the default team was used. */
    public static final String DEFAULT_RULE_ID = "default";
    /** The rule id an assignment records when the lead went to the owner of its account. */
    public static final String ACCOUNT_MATCH_RULE_ID = "account-match";

    static final Set<String> RESERVED_RULE_IDS = Set.of(DEFAULT_RULE_ID, ACCOUNT_MATCH_RULE_ID);

    public RoutingTable {
        rules = Lenient.list(rules);
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
        problems.requireText(defaultTeamId, "defaultTeamId");
        if (problems.require(segments, "segments")) {
            segments.validate(problems);
        }
        return problems.list();
    }
}
