package dev.leadbridge.attribution.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.kpi.FunnelStage;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.persistence.LeadEntity;
import dev.leadbridge.attribution.persistence.LeadOwnerEntity;
import dev.leadbridge.attribution.persistence.MilestoneEntity;
import dev.leadbridge.attribution.persistence.MilestoneKind;
import dev.leadbridge.attribution.persistence.TouchpointEntity;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.TouchpointType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How rows of the read model become journeys and lead progress, without a container. */
class ReadModelTests {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final UUID LEAD = UUID.fromString("0193a000-0000-7000-8000-000000000001");

    @Test
    void journeyIsTheCaptureMarkedAsLeadCreationPlusTouchpointsOfTheLeadAndItsVisitor() {
        TouchpointEntity stitched = touchpoint(LEAD, "v-1", T0.minusSeconds(3600), Channel.EMAIL);
        TouchpointEntity notYetStitched = touchpoint(null, "v-1", T0.minusSeconds(60), null);
        TouchpointEntity stranger = touchpoint(null, "v-2", T0, Channel.SOCIAL);
        ReadModel readModel = new ReadModel(List.of(lead()), List.of(stitched, notYetStitched, stranger),
                List.of(milestone(MilestoneKind.CONVERTED, 3), closed(10, "1000.00")), List.of());

        List<Journey> journeys = readModel.journeys();

        assertThat(journeys).hasSize(2);
        Journey journey = journeys.get(0);
        assertThat(journey.id()).isEqualTo(LEAD);
        assertThat(journey.touches()).extracting(Touch::channel)
                .containsExactly(Channel.EMAIL, Channel.OTHER, Channel.PAID_SEARCH);
        Touch capture = journey.touch(2);
        assertThat(capture.touchId()).isEqualTo(ReadModel.captureTouchId(LEAD));
        assertThat(capture.campaign()).isEqualTo("launch");
        assertThat(capture.marks()).containsExactly(Milestone.LEAD_CREATION);
        assertThat(journey.reachedAt(Milestone.OPPORTUNITY_CREATION)).contains(T0.plusSeconds(3 * 86_400));
        assertThat(journey.wonDeal()).hasValueSatisfying(deal -> assertThat(deal.minorUnits()).isEqualTo(100_000));
        assertThat(journeys.get(1).touches()).extracting(Touch::channel).containsExactly(Channel.SOCIAL);
        assertThat(journeys.get(1).isWon()).isFalse();
    }

    @Test
    void progressKeepsFirstTimesTheGradeAtMqlAndEveryRejection() {
        MilestoneEntity mql = milestone(MilestoneKind.MQL, 1);
        mql.grade = "B";
        MilestoneEntity rejected = milestone(MilestoneKind.REJECTED, 2);
        rejected.reason = RejectionReason.NO_BUDGET.name();
        ReadModel readModel = new ReadModel(List.of(lead()), List.of(),
                List.of(mql, rejected, milestone(MilestoneKind.ACCEPTED, 4), milestone(MilestoneKind.ACCEPTED, 5),
                        closed(10, "5.00")), List.of(owner("rep-7", "team-dach", "DACH")));

        LeadProgress progress = readModel.progress().get(0);

        assertThat(progress.channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(progress.scoreBand()).isEqualTo("B");
        assertThat(progress.placement()).isEqualTo(new LeadProgress.Placement("DE", "DACH", "team-dach", "rep-7"));
        assertThat(progress.reachedAt(FunnelStage.SAL)).contains(T0.plusSeconds(4 * 86_400));
        assertThat(progress.furthestStage()).isEqualTo(FunnelStage.WON);
        assertThat(progress.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_BUDGET));
    }

    private static LeadEntity lead() {
        LeadEntity lead = new LeadEntity();
        lead.id = LEAD;
        lead.channel = Channel.PAID_SEARCH;
        lead.campaign = "launch";
        lead.visitorId = "v-1";
        lead.capturedAt = T0;
        lead.country = "DE";
        return lead;
    }

    private static LeadOwnerEntity owner(String rep, String team, String territory) {
        LeadOwnerEntity owner = new LeadOwnerEntity();
        owner.leadId = LEAD;
        owner.ownerId = rep;
        owner.teamId = team;
        owner.territory = territory;
        owner.assignedAt = T0.plusSeconds(60);
        return owner;
    }

    private static TouchpointEntity touchpoint(UUID leadId, String visitorId, Instant at, Channel channel) {
        TouchpointEntity touchpoint = new TouchpointEntity();
        touchpoint.touchpointId = UUID.randomUUID();
        touchpoint.leadId = leadId;
        touchpoint.visitorId = visitorId;
        touchpoint.type = TouchpointType.PAGE_VIEW;
        touchpoint.channel = channel;
        touchpoint.occurredAt = at;
        return touchpoint;
    }

    private static MilestoneEntity milestone(MilestoneKind kind, int days) {
        MilestoneEntity milestone = new MilestoneEntity();
        milestone.eventId = UUID.randomUUID();
        milestone.leadId = LEAD;
        milestone.kind = kind;
        milestone.occurredAt = T0.plusSeconds(days * 86_400L);
        return milestone;
    }

    private static MilestoneEntity closed(int days, String amount) {
        MilestoneEntity closed = milestone(MilestoneKind.CLOSED, days);
        closed.outcome = "WON";
        closed.amount = new BigDecimal(amount);
        closed.currency = "EUR";
        return closed;
    }
}
