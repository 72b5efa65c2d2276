package dev.leadbridge.attribution.domain.launch;

import dev.leadbridge.attribution.domain.goal.Goal;
import dev.leadbridge.attribution.domain.goal.LeadFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A launch from campaign to sales, measured on its leads (captured from one of its campaigns since it launched): the
 * funnel, sales' verdict, how soon sales accepted the first lead, and the pipeline and revenue it brought.
 *
 * @param acceptanceRate   accepted ⁄ (accepted + rejected) decisions; null before any decision
 * @param rejectionReasons rejections by reason
 * @param timeToFirstSal   from the launch day's start to the first lead sales accepted; null before one
 * @param pipeline         expected amounts of the opportunities, per currency
 * @param revenueWon       amounts of the deals won, per currency
 */
public record LaunchFigures(long leads, long mqls, long sals, long opportunities, long won, BigDecimal acceptanceRate,
                            Map<String, Long> rejectionReasons, Duration timeToFirstSal,
                            Map<String, BigDecimal> pipeline, Map<String, BigDecimal> revenueWon) {

    /** The launch's leads: captured from one of its campaigns on or after its day. */
    public static List<LeadFacts> leadsOf(Launch launch, List<LeadFacts> leads) {
        Instant since = launch.launchedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        return leads.stream()
                .filter(lead -> lead.capturedAt() != null && !lead.capturedAt().isBefore(since)
                        && launch.campaigns().contains(lead.groups().get(Goal.Scope.Dimension.CAMPAIGN)))
                .toList();
    }

    /** The launch's figures over {@code leads} (every lead; the launch picks its own), up to {@code asOf}. */
    public static LaunchFigures of(Launch launch, List<LeadFacts> leads, Instant asOf) {
        Instant since = launch.launchedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<LeadFacts> ofLaunch = leadsOf(launch, leads).stream()
                .filter(lead -> !lead.capturedAt().isAfter(asOf)).toList();
        long mqls = ofLaunch.stream().filter(lead -> lead.mqlAt() != null && !lead.mqlAt().isAfter(asOf)).count();
        List<LeadFacts.Decision> decisions = ofLaunch.stream().flatMap(lead -> lead.decisions().stream())
                .filter(decision -> !decision.at().isAfter(asOf)).toList();
        long accepted = decisions.stream().filter(LeadFacts.Decision::accepted).count();
        Map<String, Long> reasons = new TreeMap<>();
        decisions.stream().filter(decision -> !decision.accepted())
                .forEach(decision -> reasons.merge(Objects.requireNonNullElse(decision.reason(), "unknown"), 1L,
                        Long::sum));
        Duration firstSal = decisions.stream().filter(LeadFacts.Decision::accepted).map(LeadFacts.Decision::at)
                .min(Instant::compareTo).map(at -> Duration.between(since, at)).orElse(null);
        Map<String, BigDecimal> pipeline = new TreeMap<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        long opportunities = 0;
        long won = 0;
        for (LeadFacts lead : ofLaunch) {
            LeadFacts.Money conversion = lead.conversion();
            opportunities += conversion != null && !conversion.at().isAfter(asOf) ? 1 : 0;
            won += lead.close() != null && lead.close().won() && !lead.close().at().isAfter(asOf) ? 1 : 0;
            if (conversion != null && conversion.amount() != null && conversion.currency() != null
                    && !conversion.at().isAfter(asOf)) {
                pipeline.merge(conversion.currency(), conversion.amount(), BigDecimal::add);
            }
            LeadFacts.Close close = lead.close();
            if (close != null && close.won() && close.amount() != null && close.currency() != null
                    && !close.at().isAfter(asOf)) {
                revenue.merge(close.currency(), close.amount(), BigDecimal::add);
            }
        }
        return new LaunchFigures(ofLaunch.size(), mqls, accepted, opportunities, won, decisions.isEmpty() ? null
                : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(decisions.size()), 4, RoundingMode.HALF_EVEN),
                reasons, firstSal, pipeline, revenue);
    }
}
