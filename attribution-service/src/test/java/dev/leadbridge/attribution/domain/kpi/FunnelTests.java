package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.leadbridge.attribution.domain.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunnelTests {

    private static final TimeWindow COHORT = new TimeWindow(day(0), day(10));

    private static LeadProgress lead(Instant capturedAt, Channel channel, Instant mql, Instant sal,
                                     Instant opportunity, Instant won) {
        Map<FunnelStage, Instant> reached = new EnumMap<>(FunnelStage.class);
        putIfPresent(reached, FunnelStage.MQL, mql);
        putIfPresent(reached, FunnelStage.SAL, sal);
        putIfPresent(reached, FunnelStage.OPPORTUNITY, opportunity);
        putIfPresent(reached, FunnelStage.WON, won);
        return new LeadProgress(UUID.randomUUID(), capturedAt, channel, "spring", "A", reached, List.of());
    }

    private static void putIfPresent(Map<FunnelStage, Instant> reached, FunnelStage stage, Instant at) {
        if (at != null) {
            reached.put(stage, at);
        }
    }

    /**
     * Five leads captured in the window and one after it:
     * <pre>
     *   A paid_search  captured 0, MQL 1, SAL 3, opportunity 6, won 10
     *   B email        captured 1, MQL 5, SAL 6
     *   C email        captured 2, MQL 3
     *   D event        captured 3, logged straight as SAL on day 3 (skipped MQL)
     *   E paid_search  captured 4
     *   F paid_search  captured 12 (outside the cohort)
     * </pre>
     */
    private static final List<LeadProgress> LEADS = List.of(
            lead(day(0), Channel.PAID_SEARCH, day(1), day(3), day(6), day(10)),
            lead(day(1), Channel.EMAIL, day(5), day(6), null, null),
            lead(day(2), Channel.EMAIL, day(3), null, null, null),
            lead(day(3), Channel.EVENT, null, day(3), null, null),
            lead(day(4), Channel.PAID_SEARCH, null, null, null, null),
            lead(day(12), Channel.PAID_SEARCH, day(13), day(14), null, null));

    @Test
    void countsEveryLeadAtEachStageItGotToIncludingLateEntries() {
        Funnel funnel = Funnel.of(LEADS, COHORT);

        // D counts at MQL too: it entered at SAL, so it is past MQL
        assertThat(funnel.stages()).extracting(StageFigures::leads).containsExactly(5L, 4L, 3L, 1L, 1L);
        assertThat(funnel.conversions()).extracting(StageConversion::rate)
                .containsExactly(new Rate(4, 5), new Rate(3, 4), new Rate(1, 3), new Rate(1, 1));
        assertThat(funnel.conversions().get(0).from()).isEqualTo(FunnelStage.CAPTURED);
        assertThat(funnel.conversions().get(0).to()).isEqualTo(FunnelStage.MQL);
    }

    @Test
    void takesTheMedianTimeInStageOverLeadsThatMovedOn() {
        Funnel funnel = Funnel.of(LEADS, COHORT);

        // captured → MQL: A 1 d, B 4 d, C 1 d (D skipped MQL, E has not moved on): sorted 1, 1, 4
        DurationStats captured = funnel.stages().get(0).timeInStage();
        assertThat(captured.count()).isEqualTo(3);
        assertThat(captured.median()).isEqualTo(Duration.ofDays(1));
        assertThat(captured.p90()).isEqualTo(Duration.ofDays(4));
        // MQL → SAL: A 2 d, B 1 d: nearest-rank median of two is the lower
        assertThat(funnel.stages().get(1).timeInStage().median()).isEqualTo(Duration.ofDays(1));
        assertThat(funnel.stages().get(3).timeInStage().median()).isEqualTo(Duration.ofDays(4));
        assertThat(funnel.stages().get(4).timeInStage().isEmpty()).isTrue();
    }

    @Test
    void splitsTheCohortByChannel() {
        Map<Channel, Funnel> byChannel = Funnel.byGroup(LEADS, COHORT, LeadProgress::channel);

        assertThat(byChannel).containsOnlyKeys(Channel.PAID_SEARCH, Channel.EMAIL, Channel.EVENT);
        assertThat(byChannel.get(Channel.PAID_SEARCH).stages()).extracting(StageFigures::leads)
                .containsExactly(2L, 1L, 1L, 1L, 1L);
        assertThat(byChannel.get(Channel.EMAIL).stages()).extracting(StageFigures::leads)
                .containsExactly(2L, 2L, 1L, 0L, 0L);
        assertThat(byChannel.get(Channel.EMAIL).conversions().get(2).rate().fraction()).hasValue(0.0);
        assertThat(byChannel.get(Channel.EMAIL).conversions().get(3).rate().fraction()).isEmpty();
    }

    @Test
    void anEmptyCohortHasNoConversionRates() {
        Funnel funnel = Funnel.of(LEADS, new TimeWindow(day(100), day(200)));

        assertThat(funnel.stages()).extracting(StageFigures::leads).containsOnly(0L);
        assertThat(funnel.conversions()).allSatisfy(conversion -> assertThat(conversion.rate().fraction()).isEmpty());
    }

    @Test
    void aWindowIsHalfOpenAndMustNotBeEmpty() {
        assertThat(COHORT.contains(day(0))).isTrue();
        assertThat(COHORT.contains(day(10))).isFalse();
        assertThatThrownBy(() -> new TimeWindow(day(3), day(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeWindow(day(4), day(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresStageTimesThatAreOutOfOrder() {
        LeadProgress lead = lead(day(5), Channel.EMAIL, day(4), null, null, null);

        assertThat(lead.timeIn(FunnelStage.CAPTURED)).isEmpty();
        assertThat(lead.furthestStage()).isEqualTo(FunnelStage.MQL);
    }
}
