package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.RejectionReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.leadbridge.attribution.domain.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

class LeadQualityTests {

    private static final TimeWindow COHORT = new TimeWindow(day(0), day(30));

    private static LeadProgress lead(Instant capturedAt, Channel channel, String band, boolean mql, boolean sal,
                                     RejectionReason... rejections) {
        Map<FunnelStage, Instant> reached = new EnumMap<>(FunnelStage.class);
        if (mql) {
            reached.put(FunnelStage.MQL, capturedAt.plusSeconds(3_600));
        }
        if (sal) {
            reached.put(FunnelStage.SAL, capturedAt.plusSeconds(7_200));
        }
        List<Rejection> rejected = Arrays.stream(rejections)
                .map(reason -> new Rejection(reason, capturedAt.plusSeconds(5_000))).toList();
        return new LeadProgress(UUID.randomUUID(), capturedAt, channel, "spring", band, reached, rejected);
    }

    /**
     * <pre>
     *   A paid_search band A  MQL → accepted
     *   B email       band B  MQL → rejected (not a fit), recycled, qualified again → accepted
     *   C email       band B  MQL → rejected (no budget)
     *   D paid_search band C  MQL → rejected (no budget) twice
     *   E social      unscored MQL, no decision yet
     *   F event       band A  logged straight as SAL: never marketing's hand-over
     *   G email       band A  captured after the cohort, rejected (student)
     * </pre>
     */
    private static final List<LeadProgress> LEADS = List.of(
            lead(day(1), Channel.PAID_SEARCH, "A", true, true),
            lead(day(2), Channel.EMAIL, "B", true, true, RejectionReason.NOT_A_FIT),
            lead(day(3), Channel.EMAIL, "B", true, false, RejectionReason.NO_BUDGET),
            lead(day(4), Channel.PAID_SEARCH, "C", true, false, RejectionReason.NO_BUDGET, RejectionReason.NO_BUDGET),
            lead(day(5), Channel.SOCIAL, null, true, false),
            lead(day(6), Channel.EVENT, "A", false, true),
            lead(day(40), Channel.EMAIL, "A", true, false, RejectionReason.STUDENT));

    @Test
    void measuresAcceptanceOverTheMqlsSalesDecidedOn() {
        LeadQuality quality = LeadQuality.of(LEADS, COHORT);

        assertThat(quality.mqls()).isEqualTo(5);
        assertThat(quality.accepted()).isEqualTo(2);
        assertThat(quality.rejected()).isEqualTo(2);
        assertThat(quality.pending()).isEqualTo(1);
        assertThat(quality.acceptance()).isEqualTo(new Rate(2, 4));
    }

    @Test
    void countsEveryRejectionByReasonAndListsUnusedReasonsAsZero() {
        Map<RejectionReason, Long> reasons = LeadQuality.of(LEADS, COHORT).rejectionReasons();

        assertThat(reasons).hasSize(RejectionReason.values().length)
                .containsEntry(RejectionReason.NOT_A_FIT, 1L)
                .containsEntry(RejectionReason.NO_BUDGET, 3L)
                .containsEntry(RejectionReason.STUDENT, 0L);
    }

    @Test
    void splitsByChannelAndByScoreBand() {
        Map<Channel, LeadQuality> byChannel = LeadQuality.byGroup(LEADS, COHORT, LeadProgress::channel);
        Map<String, LeadQuality> byBand = LeadQuality.byGroup(LEADS, COHORT, LeadProgress::scoreBand);

        assertThat(byChannel.get(Channel.EMAIL).acceptance()).isEqualTo(new Rate(1, 2));
        assertThat(byChannel.get(Channel.EVENT).mqls()).isZero();
        assertThat(byBand).containsOnlyKeys("A", "B", "C", LeadProgress.UNSCORED);
        assertThat(byBand.get("B").rejectionReasons()).containsEntry(RejectionReason.NOT_A_FIT, 1L)
                .containsEntry(RejectionReason.NO_BUDGET, 1L);
        assertThat(byBand.get(LeadProgress.UNSCORED).pending()).isEqualTo(1);
    }
}
