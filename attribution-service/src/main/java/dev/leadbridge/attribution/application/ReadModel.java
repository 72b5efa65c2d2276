package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.goal.Goal;
import dev.leadbridge.attribution.domain.goal.LeadFacts;
import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.kpi.FunnelStage;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.domain.kpi.Rejection;
import dev.leadbridge.attribution.domain.kpi.SlaClock;
import dev.leadbridge.attribution.persistence.LeadEntity;
import dev.leadbridge.attribution.persistence.LeadOwnerEntity;
import dev.leadbridge.attribution.persistence.MilestoneEntity;
import dev.leadbridge.attribution.persistence.TouchpointEntity;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.TouchpointType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One consistent read of the read model, turned into what the domain reports on: a {@link Journey} per lead (plus one
 * per anonymous visitor never known as a lead, which the Markov model learns from) and a {@link LeadProgress} per
 * lead.
 * <p>
 * A lead's journey is its touchpoints (those with its lead id, and those of its visitor id not yet stitched) plus its
 * capture, a touch marked {@link Milestone#LEAD_CREATION} with the lead's source channel and campaign. A touchpoint
 * without a channel counts as {@link Channel#OTHER}. MQL, acceptance (SAL) and conversion (opportunity) are reached at
 * their first event; the latest close event decides the close.
 */
final class ReadModel {

    private final List<LeadEntity> leads;
    private final Map<UUID, List<TouchpointEntity>> touchpointsByLead = new HashMap<>();
    private final Map<String, List<TouchpointEntity>> anonymousByVisitor = new LinkedHashMap<>();
    private final Map<UUID, List<MilestoneEntity>> milestonesByLead = new HashMap<>();
    private final Map<UUID, LeadOwnerEntity> ownerByLead = new HashMap<>();

    ReadModel(List<LeadEntity> leads, List<TouchpointEntity> touchpoints, List<MilestoneEntity> milestones,
              List<LeadOwnerEntity> owners) {
        this.leads = leads;
        owners.forEach(owner -> ownerByLead.put(owner.leadId, owner));
        Map<String, UUID> leadByVisitor = new HashMap<>();
        for (LeadEntity lead : leads) {
            if (lead.visitorId != null) {
                leadByVisitor.putIfAbsent(lead.visitorId, lead.id);
            }
        }
        for (TouchpointEntity touchpoint : touchpoints) {
            if (touchpoint.type == TouchpointType.UNSUBSCRIBE) {
                // walking away from marketing earns marketing no credit
                continue;
            }
            UUID leadId = touchpoint.leadId != null ? touchpoint.leadId
                    : touchpoint.visitorId == null ? null : leadByVisitor.get(touchpoint.visitorId);
            if (leadId != null) {
                touchpointsByLead.computeIfAbsent(leadId, id -> new ArrayList<>()).add(touchpoint);
            } else if (touchpoint.visitorId != null) {
                anonymousByVisitor.computeIfAbsent(touchpoint.visitorId, id -> new ArrayList<>()).add(touchpoint);
            }
        }
        for (MilestoneEntity milestone : milestones) {
            milestonesByLead.computeIfAbsent(milestone.leadId, id -> new ArrayList<>()).add(milestone);
        }
    }

    /** Every journey: one per lead, then one per anonymous visitor (which never converts). */
    List<Journey> journeys() {
        List<Journey> journeys = new ArrayList<>();
        for (LeadEntity lead : leads) {
            journeys.add(journeyOf(lead));
        }
        anonymousByVisitor.forEach((visitorId, touchpoints) -> {
            Journey.Builder journey = Journey.builder(
                    UUID.nameUUIDFromBytes(("visitor:" + visitorId).getBytes(StandardCharsets.UTF_8)));
            touchpoints.forEach(touchpoint -> journey.touch(touchOf(touchpoint)));
            journeys.add(journey.build());
        });
        return journeys;
    }

    /** How far each lead got, for the funnel and lead-quality reports. */
    List<LeadProgress> progress() {
        List<LeadProgress> progress = new ArrayList<>();
        for (LeadEntity lead : leads) {
            Map<FunnelStage, Instant> reached = new EnumMap<>(FunnelStage.class);
            List<Rejection> rejections = new ArrayList<>();
            String grade = null;
            for (MilestoneEntity milestone : milestonesOf(lead.id)) {
                switch (milestone.kind) {
                    case MQL -> {
                        reached.putIfAbsent(FunnelStage.MQL, milestone.occurredAt);
                        grade = grade == null ? milestone.grade : grade;
                    }
                    case ACCEPTED -> reached.putIfAbsent(FunnelStage.SAL, milestone.occurredAt);
                    case REJECTED -> rejections.add(
                            new Rejection(RejectionReason.valueOf(milestone.reason), milestone.occurredAt));
                    case CONVERTED -> reached.putIfAbsent(FunnelStage.OPPORTUNITY, milestone.occurredAt);
                    case CLOSED -> {
                        if (CloseOutcome.WON.name().equals(milestone.outcome)) {
                            reached.putIfAbsent(FunnelStage.WON, milestone.occurredAt);
                        }
                    }
                }
            }
            progress.add(new LeadProgress(lead.id, lead.capturedAt, lead.channel, lead.campaign, grade, reached,
                    rejections, placementOf(lead)));
        }
        return progress;
    }

    /**
     * What shared goals count of each lead: where it belongs, its MQL, sales' decisions, its opportunity and close,
     * and its SLA clocks with an outcome ({@code clocks}, as {@link SlaClocks} reads them).
     */
    List<LeadFacts> goalFacts(List<SlaClock> clocks) {
        Map<UUID, List<LeadFacts.Clock>> clocksByLead = new HashMap<>();
        for (SlaClock clock : clocks) {
            LeadFacts.Clock fact = clock instanceof SlaClock.Decided decided
                    ? new LeadFacts.Clock(decided.startedAt(), decided.breached(), decided.timeToDecision())
                    : new LeadFacts.Clock(clock.startedAt(), true, null);
            clocksByLead.computeIfAbsent(clock.leadId(), id -> new ArrayList<>()).add(fact);
        }
        List<LeadFacts> facts = new ArrayList<>(leads.size());
        for (LeadEntity lead : leads) {
            Instant mqlAt = null;
            List<LeadFacts.Decision> decisions = new ArrayList<>();
            LeadFacts.Money conversion = null;
            LeadFacts.Close close = null;
            for (MilestoneEntity milestone : milestonesOf(lead.id)) {
                switch (milestone.kind) {
                    case MQL -> mqlAt = mqlAt == null ? milestone.occurredAt : mqlAt;
                    case ACCEPTED -> decisions.add(new LeadFacts.Decision(milestone.occurredAt, true));
                    case REJECTED -> decisions.add(new LeadFacts.Decision(milestone.occurredAt, false,
                            milestone.reason == null ? null : milestone.reason.toLowerCase(Locale.ROOT)));
                    case CONVERTED -> conversion = conversion != null ? conversion
                            : new LeadFacts.Money(milestone.occurredAt, milestone.amount, milestone.currency);
                    case CLOSED -> close = new LeadFacts.Close(milestone.occurredAt,
                            CloseOutcome.WON.name().equals(milestone.outcome), milestone.amount, milestone.currency);
                }
            }
            LeadProgress.Placement placement = placementOf(lead);
            Map<Goal.Scope.Dimension, String> groups = Map.of(
                    Goal.Scope.Dimension.CHANNEL, lead.channel.wire(),
                    Goal.Scope.Dimension.CAMPAIGN, lead.campaign == null ? Touch.NO_CAMPAIGN : lead.campaign,
                    Goal.Scope.Dimension.COUNTRY, placement.country(),
                    Goal.Scope.Dimension.TERRITORY, placement.territory(),
                    Goal.Scope.Dimension.TEAM, placement.team());
            facts.add(new LeadFacts(groups, mqlAt, decisions, conversion, close,
                    clocksByLead.getOrDefault(lead.id, List.of()), lead.capturedAt));
        }
        return facts;
    }

    /** Where each lead belongs, by lead id. */
    Map<UUID, LeadProgress.Placement> placements() {
        Map<UUID, LeadProgress.Placement> placements = new HashMap<>();
        leads.forEach(lead -> placements.put(lead.id, placementOf(lead)));
        return placements;
    }

    private LeadProgress.Placement placementOf(LeadEntity lead) {
        LeadOwnerEntity owner = ownerByLead.get(lead.id);
        return owner == null ? new LeadProgress.Placement(lead.country, null, null, null)
                : new LeadProgress.Placement(lead.country, owner.territory, owner.teamId, owner.ownerId);
    }

    private Journey journeyOf(LeadEntity lead) {
        Journey.Builder journey = Journey.builder(lead.id)
                .touch(new Touch(captureTouchId(lead.id), lead.capturedAt, lead.channel, lead.campaign,
                        Set.of(Milestone.LEAD_CREATION)));
        Set<UUID> seen = new HashSet<>();
        for (TouchpointEntity touchpoint : touchpointsByLead.getOrDefault(lead.id, List.of())) {
            if (seen.add(touchpoint.touchpointId)) {
                journey.touch(touchOf(touchpoint));
            }
        }
        for (MilestoneEntity milestone : milestonesOf(lead.id)) {
            switch (milestone.kind) {
                case MQL -> journey.reached(Milestone.MQL, milestone.occurredAt);
                case ACCEPTED -> journey.reached(Milestone.SAL, milestone.occurredAt);
                case CONVERTED -> journey.reached(Milestone.OPPORTUNITY_CREATION, milestone.occurredAt);
                case CLOSED -> journey.closed(closeOf(milestone));
                case REJECTED -> {
                }
            }
        }
        return journey.build();
    }

    private List<MilestoneEntity> milestonesOf(UUID leadId) {
        return milestonesByLead.getOrDefault(leadId, List.of());
    }

    private static Touch touchOf(TouchpointEntity touchpoint) {
        return new Touch(touchpoint.touchpointId, touchpoint.occurredAt,
                touchpoint.channel == null ? Channel.OTHER : touchpoint.channel, touchpoint.campaign);
    }

    private static Close closeOf(MilestoneEntity milestone) {
        return new Close(CloseOutcome.valueOf(milestone.outcome), milestone.occurredAt, milestone.amount,
                milestone.currency == null ? null : Currency.getInstance(milestone.currency));
    }

    /** The capture's touch id: stable across replays, and never equal to a touchpoint's. */
    static UUID captureTouchId(UUID leadId) {
        return UUID.nameUUIDFromBytes(("capture:" + leadId).getBytes(StandardCharsets.UTF_8));
    }
}
