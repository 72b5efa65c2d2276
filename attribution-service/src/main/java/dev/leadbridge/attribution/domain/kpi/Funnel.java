package dev.leadbridge.attribution.domain.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The funnel of a cohort, the leads captured in a window: per stage the leads that got at least that far and the
 * median time they spent there, and the conversion between consecutive stages. Counting "at least that far" keeps
 * the counts falling from stage to stage, so no conversion exceeds 100% even with leads that entered late.
 */
public record Funnel(List<StageFigures> stages, List<StageConversion> conversions) {

    private static final FunnelStage[] STAGES = FunnelStage.values();

    public Funnel {
        stages = List.copyOf(stages);
        conversions = List.copyOf(conversions);
    }

    /** The funnel of the leads captured within {@code cohort}. */
    public static Funnel of(Collection<LeadProgress> leads, TimeWindow cohort) {
        long[] counts = new long[STAGES.length];
        List<LongStream.Builder> times = Stream.generate(LongStream::builder).limit(STAGES.length).toList();
        for (LeadProgress lead : leads) {
            if (cohort.contains(lead.capturedAt())) {
                count(lead, counts, times);
            }
        }
        List<StageFigures> stages = new ArrayList<>();
        List<StageConversion> conversions = new ArrayList<>();
        for (FunnelStage stage : STAGES) {
            int at = stage.ordinal();
            stages.add(new StageFigures(stage, counts[at], DurationStats.ofMillis(times.get(at).build().toArray())));
            stage.next().ifPresent(next ->
                    conversions.add(new StageConversion(stage, next, new Rate(counts[at + 1], counts[at]))));
        }
        return new Funnel(stages, conversions);
    }

    /**
     * One funnel per group of the cohort, e.g. {@code LeadProgress::channel} or {@code LeadProgress::campaign}; a
     * group with no lead in the cohort is left out.
     */
    public static <K> Map<K, Funnel> byGroup(Collection<LeadProgress> leads, TimeWindow cohort,
                                             Function<LeadProgress, K> group) {
        return Groups.report(leads, lead -> cohort.contains(lead.capturedAt()), group, members -> of(members, cohort));
    }

    private static void count(LeadProgress lead, long[] counts, List<LongStream.Builder> times) {
        for (int at = 0; at <= lead.furthestStage().ordinal(); at++) {
            counts[at]++;
        }
        for (FunnelStage stage : STAGES) {
            LongStream.Builder stageTimes = times.get(stage.ordinal());
            lead.timeIn(stage).ifPresent(time -> stageTimes.add(time.toMillis()));
        }
    }
}
