package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.domain.lifecycle.LeadAction;
import dev.leadbridge.qualification.domain.lifecycle.LeadLifecycle;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.MqlDecision;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import dev.leadbridge.qualification.persistence.TouchpointEntity;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Scores a lead from who it is and its touchpoints under the current model, moves it from captured (or recycled) to
 * scored and, once per qualification cycle, to MQL, and announces each step on {@code leads.lifecycle} through the
 * outbox. A new MQL asks for routing, which {@link RoutingWorker} does once the transaction commits. Runs inside the
 * caller's transaction (an inbox transaction or an application-service method).
 */
@ApplicationScoped
public class LeadScoring {

    private static final Logger LOG = Logger.getLogger(LeadScoring.class);
    /** Stages scoring moves on from: the first scoring of a lead, or the re-scoring of a recycled one. */
    private static final Set<LifecycleStage> SCORING_STAGES = Set.of(LifecycleStage.CAPTURED, LifecycleStage.RECYCLED);
    /** Stages in which the MQL criteria are checked. */
    private static final Set<LifecycleStage> QUALIFYING_STAGES = Set.of(LifecycleStage.SCORED, LifecycleStage.RECYCLED);

    private final TouchpointRepository touchpoints;
    private final LeadHistoryRepository history;
    private final ScoringModels models;
    private final Outbox outbox;
    private final Clock clock;

    LeadScoring(TouchpointRepository touchpoints, LeadHistoryRepository history, ScoringModels models,
                Outbox outbox, Clock clock) {
        this.touchpoints = touchpoints;
        this.history = history;
        this.models = models;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Re-scores the lead now under the current model; call inside a transaction. */
    public Uni<Void> rescore(LeadEntity lead) {
        return models.current().chain(model -> rescore(lead, model, clock.instant()));
    }

    /**
     * Re-scores the lead as of {@code at} under {@code model}: announces a material change, qualifies a lead that now
     * meets the MQL criteria, and recycles a queued MQL whose score faded below them. Call inside a transaction.
     */
    public Uni<Void> rescore(LeadEntity lead, ScoringModel model, Instant at) {
        return touchpoints.ofLead(lead.id).chain(found -> apply(lead, model, engagementOf(found), at));
    }

    /** The lead as scoring sees it. */
    public static LeadProfile profileOf(LeadEntity lead) {
        return new LeadProfile(LeadProfile.domainOf(lead.email), lead.companyDomain, lead.jobTitle,
                lead.companySize == null ? 0 : lead.companySize, lead.industry, lead.country, Set.of());
    }

    private static List<EngagementEvent> engagementOf(List<TouchpointEntity> found) {
        return found.stream().map(t -> new EngagementEvent(t.touchpointId, t.type, t.occurredAt)).toList();
    }

    private Uni<Void> apply(LeadEntity lead, ScoringModel model, List<EngagementEvent> events, Instant at) {
        Scorecard card = models.scorerFor(model).score(profileOf(lead), events, at);
        lead.scoreCheckedAt = at;
        Uni<Void> scored = isMaterial(lead, card) ? announceScore(lead, card) : Uni.createFrom().voidItem();
        return scored.chain(() -> isQueuedMql(lead)
                ? recycleIfFaded(lead, model, card, events)
                : qualifyIfDue(lead, model, card, events));
    }

    /** An MQL no rep has taken yet: it waits in its team's queue, where nobody owns its follow-up. */
    private static boolean isQueuedMql(LeadEntity lead) {
        return lead.stage == LifecycleStage.MQL && lead.ownerId == null;
    }

    /**
     * A queued MQL that no longer meets the criteria (its engagement decayed, its hand-raise aged out of the window)
     * goes back to nurture rather than reaching a rep cold; it may qualify again in a new cycle.
     */
    private Uni<Void> recycleIfFaded(LeadEntity lead, ScoringModel model, Scorecard card,
                                     List<EngagementEvent> events) {
        MqlDecision decision = model.mql().decide(card, events, cycleStartOf(lead));
        if (decision.qualified()) {
            return Uni.createFrom().voidItem();
        }
        Instant at = card.scoredAt();
        lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.RECYCLE);
        lead.qualifiedAt = null;
        lead.mqlReason = null;
        lead.routingRequestedAt = null;
        lead.cycleStartedAt = at;
        lead.updatedAt = at;
        return outbox.enqueue(EventType.LEAD_RECYCLED, lead.id, new LeadRecycled(lead.id, RecycleReason.DECAYED, at))
                .chain(event -> {
                    LOG.infof("Lead %s left the team queue for nurture: %s (event %s)", lead.id,
                            decision.explanation(), event.id());
                    return history.persist(LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), at));
                })
                .replaceWithVoid();
    }

    private static Instant cycleStartOf(LeadEntity lead) {
        return lead.cycleStartedAt == null ? lead.capturedAt : lead.cycleStartedAt;
    }

    /** First scoring, a move out of captured/recycled, or a changed total, grade or model version. */
    private static boolean isMaterial(LeadEntity lead, Scorecard card) {
        return lead.scoreTotal == null
                || SCORING_STAGES.contains(lead.stage)
                || lead.scoreTotal != card.total()
                || lead.scoreGrade != card.grade()
                || lead.scoreModelVersion == null || lead.scoreModelVersion != card.modelVersion();
    }

    private Uni<Void> announceScore(LeadEntity lead, Scorecard card) {
        Integer previousTotal = lead.scoreTotal;
        lead.scoreTotal = card.total();
        lead.scoreGrade = card.grade();
        lead.scoreModelVersion = card.modelVersion();
        lead.scoreJson = EventJson.write(card.score());
        lead.scoredAt = card.scoredAt();
        lead.updatedAt = card.scoredAt();
        LeadScored payload = new LeadScored(lead.id, card.modelVersion(), card.score(), previousTotal, card.scoredAt());
        return outbox.enqueue(EventType.LEAD_SCORED, lead.id, payload).chain(event -> {
            LOG.infof("Lead %s scored %d (%s) under model %d (event %s)",
                    lead.id, card.total(), card.grade().wire(), card.modelVersion(), event.id());
            if (!SCORING_STAGES.contains(lead.stage)) {
                return Uni.createFrom().voidItem();
            }
            lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.SCORE);
            return history.persist(LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), card.scoredAt()))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> qualifyIfDue(LeadEntity lead, ScoringModel model, Scorecard card, List<EngagementEvent> events) {
        if (!QUALIFYING_STAGES.contains(lead.stage) || lead.qualifiedAt != null) {
            return Uni.createFrom().voidItem();
        }
        MqlDecision decision = model.mql().decide(card, events, cycleStartOf(lead));
        if (!(decision instanceof MqlDecision.Qualified qualified)) {
            LOG.debugf("Lead %s not an MQL: %s", lead.id, decision.explanation());
            return Uni.createFrom().voidItem();
        }
        Instant at = card.scoredAt();
        lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.QUALIFY);
        lead.qualifiedAt = at;
        lead.mqlReason = qualified.reason();
        // routed by RoutingWorker once this commits: it routes every waiting MQL under one lock of the routing table
        lead.routingRequestedAt = at;
        LeadMql payload = new LeadMql(lead.id, card.modelVersion(), card.total(), card.grade(), qualified.reason(),
                at, lead.channel, lead.campaign);
        return outbox.enqueue(EventType.LEAD_MQL, lead.id, payload)
                .chain(event -> {
                    LOG.infof("Lead %s is an MQL: %s (event %s)", lead.id, decision.explanation(), event.id());
                    return history.persist(LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), at));
                })
                .replaceWithVoid();
    }
}
