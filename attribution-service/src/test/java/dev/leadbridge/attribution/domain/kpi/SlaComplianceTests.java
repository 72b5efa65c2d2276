package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;

import static dev.leadbridge.attribution.domain.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaComplianceTests {

    private static final TimeWindow WINDOW = new TimeWindow(day(0), day(10));

    private static SlaClock decided(Instant startedAt, Channel channel, boolean breached, Duration took) {
        return new SlaClock.Decided(UUID.randomUUID(), UUID.randomUUID(), startedAt, channel, breached, took);
    }

    /**
     * <pre>
     *   1 paid_search day 0  decided on time after 30 min
     *   2 email       day 1  decided on time after 2 h
     *   3 email       day 2  decided late after 26 h
     *   4 email       day 3  breached, still undecided
     *   5 paid_search day 4  decided on time after 1 h
     *   6 paid_search day 11 decided on time after 10 min (outside the window)
     * </pre>
     */
    private static final List<SlaClock> CLOCKS = List.of(
            decided(day(0), Channel.PAID_SEARCH, false, Duration.ofMinutes(30)),
            decided(day(1), Channel.EMAIL, false, Duration.ofHours(2)),
            decided(day(2), Channel.EMAIL, true, Duration.ofHours(26)),
            new SlaClock.OpenBreach(UUID.randomUUID(), UUID.randomUUID(), day(3), Channel.EMAIL),
            decided(day(4), Channel.PAID_SEARCH, false, Duration.ofHours(1)),
            decided(day(11), Channel.PAID_SEARCH, false, Duration.ofMinutes(10)));

    @Test
    void countsLateDecisionsAndOpenBreachesAsBreached() {
        SlaCompliance compliance = SlaCompliance.of(CLOCKS, WINDOW);

        assertThat(compliance.clocks()).isEqualTo(5);
        assertThat(compliance.met()).isEqualTo(3);
        assertThat(compliance.breached()).isEqualTo(2);
        assertThat(compliance.compliance()).isEqualTo(new Rate(3, 5));
    }

    @Test
    void speedToLeadCoversDecidedClocksWithNearestRankMedianAndP90() {
        DurationStats timeToDecision = SlaCompliance.of(CLOCKS, WINDOW).timeToDecision();

        // 30 min, 1 h, 2 h, 26 h: median rank ⌈0.5·4⌉ = 2, p90 rank ⌈0.9·4⌉ = 4
        assertThat(timeToDecision.count()).isEqualTo(4);
        assertThat(timeToDecision.median()).isEqualTo(Duration.ofHours(1));
        assertThat(timeToDecision.p90()).isEqualTo(Duration.ofHours(26));
    }

    @Test
    void splitsByChannel() {
        Map<Channel, SlaCompliance> byChannel = SlaCompliance.byGroup(CLOCKS, WINDOW, SlaClock::channel);

        assertThat(byChannel.get(Channel.EMAIL).compliance()).isEqualTo(new Rate(1, 3));
        assertThat(byChannel.get(Channel.PAID_SEARCH).compliance()).isEqualTo(new Rate(2, 2));
    }

    @Test
    void followsComplianceOverTimeWithoutGaps() {
        NavigableMap<Instant, SlaCompliance> series = SlaCompliance.overTime(CLOCKS, WINDOW, Duration.ofDays(3));

        // [0, 3), [3, 6), [6, 9), and [9, 10) cut short by the window
        assertThat(series.keySet()).containsExactly(day(0), day(3), day(6), day(9));
        assertThat(series.get(day(0)).compliance()).isEqualTo(new Rate(2, 3));
        assertThat(series.get(day(3)).compliance()).isEqualTo(new Rate(1, 2));
        assertThat(series.get(day(6)).clocks()).isZero();
        assertThatThrownBy(() -> SlaCompliance.overTime(CLOCKS, WINDOW, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketsSpeedToLeadWithInclusiveUpperBounds() {
        Histogram histogram = SlaCompliance.speedToLead(CLOCKS, WINDOW,
                List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24)));

        assertThat(histogram.counts()).containsExactly(0L, 2L, 1L, 0L, 1L);
        assertThatThrownBy(() -> SlaCompliance.speedToLead(CLOCKS, WINDOW,
                List.of(Duration.ofHours(2), Duration.ofHours(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
