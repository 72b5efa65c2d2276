package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.GroupedReport;
import dev.leadbridge.attribution.domain.kpi.LeadQuality;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales' feedback on the leads captured in {@code [from, to)}: of the MQLs, how many sales accepted, rejected or has
 * not decided on; the acceptance rate accepted ⁄ (accepted + rejected), absent without decisions; and every
 * rejection reason with its count; overall and per group.
 */
public record LeadQualityView(Instant from, Instant to, String groupBy, Figures overall, List<Group> groups) {

    public record Figures(long mqls, long accepted, long rejected, long pending, Double acceptanceRate,
                          Map<String, Long> rejectionReasons) {
    }

    public record Group(String group, Figures figures) {
    }

    static LeadQualityView of(TimeWindow window, String groupBy, GroupedReport<LeadQuality> report) {
        return new LeadQualityView(window.from(), window.to(), groupBy, figures(report.overall()),
                report.groups().entrySet().stream()
                        .map(entry -> new Group(entry.getKey(), figures(entry.getValue()))).toList());
    }

    private static Figures figures(LeadQuality quality) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        quality.rejectionReasons().forEach((reason, count) -> reasons.put(reason.wire(), count));
        return new Figures(quality.mqls(), quality.accepted(), quality.rejected(), quality.pending(),
                quality.acceptance().fraction().isPresent() ? quality.acceptance().fraction().getAsDouble() : null,
                reasons);
    }
}
