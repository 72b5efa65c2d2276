package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.events.payload.ScoreContribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the rule-based scoring model and sales disagree: a rule that gives points to leads sales accepts less often
 * than the average MQL (or takes points from leads it accepts more often). Each rule is judged by the judged leads it
 * scored at their MQL moment; only rules with enough leads and a difference too large for chance are listed
 * (|z| of at least {@value #MIN_Z} in a one-proportion test against the overall rate), strongest first. Suggestions,
 * not changes: they are for trying in a backtest or in shadow.
 */
public final class RuleSuggestions {

    static final double MIN_Z = 2.0;

    private RuleSuggestions() {
    }

    /** A judged lead: the score lines it had when it became an MQL, and whether the outcome happened. */
    public record JudgedScore(List<ScoreContribution> breakdown, boolean outcome) {

        public JudgedScore {
            breakdown = List.copyOf(breakdown);
        }
    }

    /**
     * A rule sales disagrees with.
     *
     * @param averagePoints the rule's mean points over the leads it scored (engagement points decay)
     * @param rate          the share of its leads with the outcome
     * @param overallRate   the share of all judged leads with it
     * @param z             how many standard errors {@code rate} lies from {@code overallRate}
     */
    public record Suggestion(String ruleId, double averagePoints, int leads, int withOutcome, double rate,
                             double overallRate, double z, String explanation) {
    }

    public static List<Suggestion> suggest(List<JudgedScore> judged, String outcome, int minLeads) {
        if (judged.isEmpty()) {
            return List.of();
        }
        double overall = judged.stream().filter(JudgedScore::outcome).count() / (double) judged.size();
        Map<String, double[]> byRule = new TreeMap<>(); // rule -> {leads, with outcome, points sum}
        for (JudgedScore lead : judged) {
            Set<String> counted = new HashSet<>();
            Map<String, Integer> points = new TreeMap<>();
            lead.breakdown().forEach(line -> points.merge(line.ruleId(), line.points(), Integer::sum));
            points.forEach((rule, total) -> {
                if (counted.add(rule)) {
                    double[] tally = byRule.computeIfAbsent(rule, any -> new double[3]);
                    tally[0]++;
                    tally[1] += lead.outcome() ? 1 : 0;
                    tally[2] += total;
                }
            });
        }
        List<Suggestion> suggestions = new ArrayList<>();
        byRule.forEach((rule, tally) -> {
            int leads = (int) tally[0];
            if (leads < minLeads || overall == 0 || overall == 1) {
                return;
            }
            double rate = tally[1] / leads;
            double averagePoints = tally[2] / leads;
            double z = (rate - overall) / Math.sqrt(overall * (1 - overall) / leads);
            boolean disagrees = averagePoints > 0 && z <= -MIN_Z || averagePoints < 0 && z >= MIN_Z;
            if (disagrees) {
                suggestions.add(new Suggestion(rule, averagePoints, leads, (int) tally[1], rate, overall, z,
                        explanation(rule, averagePoints, leads, rate, overall, outcome)));
            }
        });
        suggestions.sort(Comparator.comparingDouble((Suggestion suggestion) -> -Math.abs(suggestion.z()))
                .thenComparing(Suggestion::ruleId));
        return suggestions;
    }

    private static String explanation(String rule, double points, int leads, double rate, double overall,
                                      String outcome) {
        return String.format(Locale.ROOT, "%s gives %+.0f points, yet %.0f %% of its %d leads were %s against %.0f %% "
                        + "of all judged leads: try %s points in a backtest", rule, points, rate * 100, leads,
                outcome, overall * 100, points > 0 ? "fewer" : "more");
    }
}
