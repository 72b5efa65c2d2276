package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.GroupedReport;
import dev.leadbridge.attribution.domain.kpi.DurationStats;
import dev.leadbridge.attribution.domain.kpi.Funnel;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The funnel of the leads captured in {@code [from, to)}: per stage the leads that got at least that far and the
 * median (and 90th percentile) time spent there as ISO-8601 durations, and the conversion between consecutive
 * stages; overall and per group.
 */
public record FunnelView(Instant from, Instant to, String groupBy, Figures overall, List<Group> groups) {

    public record Figures(List<Stage> stages, List<Conversion> conversions) {
    }

    public record Stage(String stage, long leads, long timed, String medianTimeInStage, String p90TimeInStage) {
    }

    /** {@code rate} is converted ⁄ of, absent when no lead reached the earlier stage. */
    public record Conversion(String from, String to, long converted, long of, Double rate) {
    }

    public record Group(String group, Figures figures) {
    }

    static FunnelView of(TimeWindow window, String groupBy, GroupedReport<Funnel> report) {
        return new FunnelView(window.from(), window.to(), groupBy, figures(report.overall()),
                report.groups().entrySet().stream()
                        .map(entry -> new Group(entry.getKey(), figures(entry.getValue()))).toList());
    }

    private static Figures figures(Funnel funnel) {
        return new Figures(
                funnel.stages().stream().map(stage -> stage(stage.stage().name(), stage.leads(), stage.timeInStage()))
                        .toList(),
                funnel.conversions().stream().map(conversion -> new Conversion(wire(conversion.from().name()),
                        wire(conversion.to().name()), conversion.rate().numerator(),
                        conversion.rate().denominator(),
                        conversion.rate().fraction().isPresent() ? conversion.rate().fraction().getAsDouble() : null))
                        .toList());
    }

    private static Stage stage(String name, long leads, DurationStats time) {
        return new Stage(wire(name), leads, time.count(), time.isEmpty() ? null : time.median().toString(),
                time.isEmpty() ? null : time.p90().toString());
    }

    static String wire(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
