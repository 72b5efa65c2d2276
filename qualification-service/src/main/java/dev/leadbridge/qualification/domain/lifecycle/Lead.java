package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.qualification.domain.learning.ConversionOutlook;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.domain.routing.RoutingVersions;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.MqlCriteria;
import dev.leadbridge.qualification.domain.scoring.MqlDecision;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A lead as qualification owns it, and the one place that says what may happen to it: every change of stage, owner,
 * team, score, qualification cycle or routing request is a method here. Each method checks who may act
 * ({@link LeadAccess}) and whether the lifecycle allows it ({@link LeadLifecycle}), changes the lead, and returns the
 * {@link LeadChange}s it caused: the {@code lead-events} payloads to announce and the history steps to record. The
 * application layer loads a lead, asks it, and saves state, history and events together.
 *
 * <p>Plain Java: time arrives as a parameter, and nothing here reads a database or a clock.
 */
public final class Lead {

    /** Stages scoring moves on from: the first scoring of a lead, or the re-scoring of a recycled one. */
    private static final Set<LifecycleStage> SCORING_STAGES = Set.of(LifecycleStage.CAPTURED, LifecycleStage.RECYCLED);
    /** Stages in which the MQL criteria are checked. */
    private static final Set<LifecycleStage> QUALIFYING_STAGES = Set.of(LifecycleStage.SCORED, LifecycleStage.RECYCLED);

    /**
     * Everything a lead holds, as the store reads and writes it.
     *
     * @param score   the breakdown of a score taken since the lead was restored; null when none was, and the store
     *                keeps the breakdown it has (the lead itself never reads it, so restoring it would be wasted work)
     * @param outlook what the conversion models said with that score; null likewise
     */
    public record State(
            LifecycleStage stage,
            String ownerId,
            int qualificationCycle,
            Instant cycleStartedAt,
            Instant qualifiedAt,
            MqlReason mqlReason,
            Instant routingRequestedAt,
            Integer scoreTotal,
            Grade scoreGrade,
            Integer scoreModelVersion,
            Score score,
            ConversionOutlook outlook,
            Instant scoredAt,
            Instant scoreCheckedAt,
            Assignment assignment,
            Instant acceptedAt,
            RejectionReason rejectionReason,
            String rejectionNote,
            Money expected,
            String opportunityId,
            Money closed,
            String closeReason,
            Instant updatedAt,
            long version) {
    }

    /** The last routing decision, for the audit trail: team, rule, reason, explanation and when. */
    public record Assignment(String teamId, String ruleId, AssignmentReason reason, String explanation, Instant at) {

        static final Assignment NONE = new Assignment(null, null, null, null, null);
    }

    /** An amount in a currency; both absent or both present. */
    public record Money(BigDecimal amount, Currency currency) {

        static final Money NONE = new Money(null, null);
    }

    private final UUID id;
    private LeadDetails details;
    private LifecycleStage stage;
    private String ownerId;
    private int qualificationCycle;
    private Instant cycleStartedAt;
    private Instant qualifiedAt;
    private MqlReason mqlReason;
    private Instant routingRequestedAt;
    private Integer scoreTotal;
    private Grade scoreGrade;
    private Integer scoreModelVersion;
    private Score score;
    private ConversionOutlook outlook;
    private Instant scoredAt;
    private Instant scoreCheckedAt;
    private Assignment assignment;
    private Instant acceptedAt;
    private RejectionReason rejectionReason;
    private String rejectionNote;
    private Money expected;
    private String opportunityId;
    private Money closed;
    private String closeReason;
    private Instant updatedAt;
    private final long version;

    private Lead(UUID id, LeadDetails details, State state) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.stage = Objects.requireNonNull(state.stage(), "stage");
        this.ownerId = state.ownerId();
        this.qualificationCycle = state.qualificationCycle();
        this.cycleStartedAt = state.cycleStartedAt();
        this.qualifiedAt = state.qualifiedAt();
        this.mqlReason = state.mqlReason();
        this.routingRequestedAt = state.routingRequestedAt();
        this.scoreTotal = state.scoreTotal();
        this.scoreGrade = state.scoreGrade();
        this.scoreModelVersion = state.scoreModelVersion();
        this.score = state.score();
        this.outlook = state.outlook();
        this.scoredAt = state.scoredAt();
        this.scoreCheckedAt = state.scoreCheckedAt();
        this.assignment = state.assignment() == null ? Assignment.NONE : state.assignment();
        this.acceptedAt = state.acceptedAt();
        this.rejectionReason = state.rejectionReason();
        this.rejectionNote = state.rejectionNote();
        this.expected = state.expected() == null ? Money.NONE : state.expected();
        this.opportunityId = state.opportunityId();
        this.closed = state.closed() == null ? Money.NONE : state.closed();
        this.closeReason = state.closeReason();
        this.updatedAt = state.updatedAt();
        this.version = state.version();
    }

    /** A lead as it was stored. */
    public static Lead restore(UUID id, LeadDetails details, State state) {
        return new Lead(id, details, state);
    }

    /**
     * A lead entering qualification at the stage intake gave it (a rep may log a contact straight as accepted, owned
     * by them). Entering is not a transition: the first history step has no previous stage.
     */
    public static Entered enter(UUID id, LeadDetails details, LifecycleStage entryStage, String ownerId, Instant now) {
        Instant capturedAt = details.capturedAt();
        Lead lead = new Lead(id, details, new State(entryStage, ownerId, 1, capturedAt, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, now, 0));
        return new Entered(lead, new StageChange(null, entryStage, null, ownerId, capturedAt));
    }

    /** A new lead and the first step of its history. */
    public record Entered(Lead lead, StageChange firstStep) {
    }

    // ---- scoring and qualification (the service's own decisions) ----

    /**
     * Takes a new score as of {@code at}, with what the conversion models say of the lead then: announces a material
     * change (first score, a move out of captured or recycled, another total, grade or model), qualifies a lead that
     * now meets the MQL criteria once per qualification cycle, and sends a queued MQL whose score faded below them
     * back to nurture. The outlook travels with a material change only: a new conversion model alone does not make
     * every lead announce itself again.
     */
    public List<LeadChange> rescore(Scorecard card, ConversionOutlook chances, MqlCriteria criteria,
                                    List<EngagementEvent> engagement, Instant at) {
        List<LeadChange> changes = new ArrayList<>();
        scoreCheckedAt = at;
        if (isMaterial(card)) {
            changes.add(takeScore(card, chances));
        }
        if (isQueuedMql()) {
            MqlDecision decision = criteria.decide(card, engagement, cycleStart());
            if (!decision.qualified()) {
                changes.add(recycle(RecycleReason.DECAYED, null, card.scoredAt()));
            }
        } else if (QUALIFYING_STAGES.contains(stage) && qualifiedAt == null
                && criteria.decide(card, engagement, cycleStart()) instanceof MqlDecision.Qualified qualified) {
            changes.add(qualify(card, qualified.reason()));
        }
        return changes;
    }

    private boolean isMaterial(Scorecard card) {
        return scoreTotal == null
                || SCORING_STAGES.contains(stage)
                || scoreTotal != card.total()
                || scoreGrade != card.grade()
                || scoreModelVersion == null || scoreModelVersion != card.modelVersion();
    }

    private LeadChange takeScore(Scorecard card, ConversionOutlook chances) {
        Integer previousTotal = scoreTotal;
        scoreTotal = card.total();
        scoreGrade = card.grade();
        scoreModelVersion = card.modelVersion();
        score = card.score();
        outlook = chances;
        scoredAt = card.scoredAt();
        updatedAt = card.scoredAt();
        LeadScored scored = new LeadScored(id, card.modelVersion(), card.score(), previousTotal, card.scoredAt(),
                chances.pAccept(), chances.pWin());
        StageChange step = SCORING_STAGES.contains(stage) ? move(LeadAction.SCORE, null, card.scoredAt()) : null;
        return new LeadChange(EventType.LEAD_SCORED, scored, step);
    }

    private LeadChange qualify(Scorecard card, MqlReason reason) {
        Instant at = card.scoredAt();
        StageChange step = move(LeadAction.QUALIFY, null, at);
        qualifiedAt = at;
        mqlReason = reason;
        requestRouting(at);
        return new LeadChange(EventType.LEAD_MQL, new LeadMql(id, card.modelVersion(), card.total(), card.grade(),
                reason, at, details.channel(), details.campaign(), qualificationCycle), step);
    }

    /** Asks the routing worker to route this MQL once the transaction commits. */
    private void requestRouting(Instant at) {
        routingRequestedAt = at;
    }

    /** Whether the routing worker should route this lead now; a lead that moved on since it asked only loses the ask. */
    public boolean stillWantsRouting() {
        if (isQueuedMql()) {
            return true;
        }
        routingRequestedAt = null;
        return false;
    }

    // ---- routing ----

    /**
     * Applies a routing decision: an owner moves the MQL to assigned; a queued decision leaves it an MQL in its
     * team's queue. Either is announced as {@code lead.assigned}, with the territory the lead's country belongs to
     * (null when the routing table names none for it).
     */
    public LeadChange assign(RoutingDecision decision, Instant at, RoutingVersions versions, String territory) {
        if (!isQueuedMql()) {
            throw new IllegalTransitionException(stage, LeadAction.ASSIGN);
        }
        audit(decision, at);
        routingRequestedAt = null;
        StageChange step = null;
        String owner = null;
        if (decision instanceof RoutingDecision.Assigned assigned) {
            step = move(LeadAction.ASSIGN, null, at, assigned.repId());
            owner = assigned.repId();
        }
        return new LeadChange(EventType.LEAD_ASSIGNED, new LeadAssigned(id, owner, decision.teamId(), owner == null,
                decision.ruleId(), decision.reason(), scoreGrade, details.channel(), mqlReason, at,
                qualificationCycle, versions.table(), versions.roster(), territory), step);
    }

    /**
     * Takes an assigned lead from its owner after an SLA escalation and gives it to the rep routing chose (the
     * service acts, not a person).
     */
    public LeadChange reassignAfterEscalation(RoutingDecision.Assigned decision, Instant at,
                                              RoutingVersions versions) {
        String previous = ownerId;
        StageChange step = move(LeadAction.REASSIGN, null, at, decision.repId());
        audit(decision, at);
        return new LeadChange(EventType.LEAD_REASSIGNED, new LeadReassigned(id, previous, decision.repId(),
                decision.teamId(), ReassignmentReason.SLA_ESCALATION, null, scoreGrade, details.channel(), at,
                stage, versions.table(), versions.roster()), step);
    }

    /** Whether an escalation about the given owner still concerns this lead: it is assigned to them and untouched. */
    public boolean awaitsFirstResponseFrom(String escalatedOwnerId) {
        return stage == LifecycleStage.ASSIGNED && ownerId != null
                && (escalatedOwnerId == null || escalatedOwnerId.equals(ownerId));
    }

    // ---- what people do ----

    public LeadChange accept(Actor actor, ExpectedVersion expectedVersion, Instant at) {
        StageChange step = act(actor, expectedVersion, LeadAction.ACCEPT, at);
        acceptedAt = at;
        return new LeadChange(EventType.LEAD_ACCEPTED, new LeadAccepted(id, ownerId, actor.id(), at), step);
    }

    /** Rejects the lead with a reason and recycles it to nurture, in a new qualification cycle. */
    public List<LeadChange> reject(Actor actor, ExpectedVersion expectedVersion, RejectionReason reason, String note,
                                   Instant at) {
        String owner = ownerId;
        StageChange rejectedStep = act(actor, expectedVersion, LeadAction.REJECT, at);
        rejectionReason = reason;
        rejectionNote = note;
        LeadChange rejected = new LeadChange(EventType.LEAD_REJECTED,
                new LeadRejected(id, owner, actor.id(), reason, note, at), rejectedStep);
        return List.of(rejected, recycle(RecycleReason.of(reason), actor.id(), at));
    }

    public LeadChange convert(Actor actor, ExpectedVersion expectedVersion, String opportunity, Money expectedAmount,
                              Instant at) {
        StageChange step = act(actor, expectedVersion, LeadAction.CONVERT, at);
        opportunityId = opportunity;
        expected = expectedAmount == null ? Money.NONE : expectedAmount;
        return new LeadChange(EventType.LEAD_CONVERTED, new LeadConverted(id, ownerId, opportunity,
                expected.amount(), expected.currency(), at), step);
    }

    public LeadChange close(Actor actor, ExpectedVersion expectedVersion, CloseOutcome outcome, Money amount,
                            String reason, Instant at) {
        LeadAction action = outcome == CloseOutcome.WON ? LeadAction.CLOSE_WON : LeadAction.CLOSE_LOST;
        StageChange step = act(actor, expectedVersion, action, at);
        closed = amount == null ? Money.NONE : amount;
        closeReason = reason;
        return new LeadChange(EventType.LEAD_CLOSED, new LeadClosed(id, ownerId, opportunityId, outcome,
                closed.amount(), closed.currency(), reason, at), step);
    }

    /**
     * A manager gives the lead to another rep of the roster, recorded as a manual assignment to the rep's team, the
     * way routing records its own decisions. An assigned, accepted or converted lead keeps its stage (a rep who leaves
     * strands nothing); an MQL waiting in its team's queue is handed over, which assigns it as routing would.
     *
     * @param newOwnerTeam the team of the new owner in the roster; empty when the roster has no such rep
     */
    public LeadChange reassign(Actor actor, ExpectedVersion expectedVersion, String newOwnerId,
                               Optional<String> newOwnerTeam, Instant at) {
        boolean queued = isQueuedMql();
        LeadAction action = queued ? LeadAction.HAND_OVER : LeadAction.REASSIGN;
        permit(actor, expectedVersion, action);
        String teamId = newOwnerTeam.orElseThrow(
                () -> new InvalidLeadActionException("ownerId", "no rep " + newOwnerId + " in the roster"));
        if (!actor.leads(teamId)) {
            throw new ActionNotAllowedException("a manager hands leads to reps of the teams they lead only");
        }
        String previous = ownerId;
        StageChange step = move(action, actor.id(), at, newOwnerId);
        String explanation = (queued ? "handed over by " : "reassigned by ") + actor.id()
                + (previous == null ? "" : " from " + previous) + " to " + newOwnerId;
        assignment = new Assignment(teamId, null, AssignmentReason.MANUAL, explanation, at);
        if (queued) {
            routingRequestedAt = null;
            return new LeadChange(EventType.LEAD_ASSIGNED, new LeadAssigned(id, newOwnerId, teamId, false, null,
                    AssignmentReason.MANUAL, scoreGrade, details.channel(), mqlReason, at, qualificationCycle), step);
        }
        return new LeadChange(EventType.LEAD_REASSIGNED, new LeadReassigned(id, previous, newOwnerId, teamId,
                ReassignmentReason.MANAGER, actor.id(), scoreGrade, details.channel(), at, stage), step);
    }

    // ---- the rules every change follows ----

    /** Who may act, then which version, then whether the lifecycle allows it: a stranger learns nothing. */
    private StageChange act(Actor actor, ExpectedVersion expectedVersion, LeadAction action, Instant at) {
        return act(actor, expectedVersion, action, at, ownerId);
    }

    private StageChange act(Actor actor, ExpectedVersion expectedVersion, LeadAction action, Instant at,
                            String ownerAfter) {
        permit(actor, expectedVersion, action);
        return move(action, actor.id(), at, ownerAfter);
    }

    private void permit(Actor actor, ExpectedVersion expectedVersion, LeadAction action) {
        AccessDecision access = LeadAccess.check(actor, action, ownerId,
                assignment == null ? null : assignment.teamId());
        if (!access.allowed()) {
            throw new ActionNotAllowedException(access.reason());
        }
        if (!expectedVersion.allows(version)) {
            throw StaleLeadException.versionMoved(version);
        }
    }

    private StageChange move(LeadAction action, String actorId, Instant at) {
        return move(action, actorId, at, ownerId);
    }

    private StageChange move(LeadAction action, String actorId, Instant at, String ownerAfter) {
        LifecycleStage from = stage;
        stage = LeadLifecycle.apply(stage, action);
        ownerId = ownerAfter;
        updatedAt = at;
        return new StageChange(from, stage, actorId, ownerAfter, at);
    }

    /** Back to nurture in a new qualification cycle: no owner, no MQL, no routing request. */
    private LeadChange recycle(RecycleReason reason, String actorId, Instant at) {
        StageChange step = move(LeadAction.RECYCLE, actorId, at, null);
        qualifiedAt = null;
        mqlReason = null;
        routingRequestedAt = null;
        acceptedAt = null;
        cycleStartedAt = at;
        qualificationCycle++;
        return new LeadChange(EventType.LEAD_RECYCLED, new LeadRecycled(id, reason, at, qualificationCycle), step);
    }

    private void audit(RoutingDecision decision, Instant at) {
        assignment = new Assignment(decision.teamId(), decision.ruleId(), decision.reason(), decision.explanation(),
                at);
        updatedAt = at;
    }

    /**
     * Whether other MQL criteria would qualify the lead in its current cycle on this score: what a model in shadow
     * would have decided, had it been in use. Changes nothing.
     */
    public boolean wouldQualify(Scorecard card, MqlCriteria criteria, List<EngagementEvent> engagement) {
        return criteria.decide(card, engagement, cycleStart()).qualified();
    }

    /** The lead became an MQL in its current cycle. */
    public boolean qualifiedThisCycle() {
        return qualifiedAt != null;
    }

    /** An MQL no rep has taken yet: it waits in its team's queue, where nobody owns its follow-up. */
    private boolean isQueuedMql() {
        return stage == LifecycleStage.MQL && ownerId == null;
    }

    private Instant cycleStart() {
        return cycleStartedAt == null ? details.capturedAt() : cycleStartedAt;
    }

    // ---- reading ----

    public UUID id() {
        return id;
    }

    /**
     * Takes what intake now knows of the person after a later submission; the next re-score reads it. Who the lead
     * is (its e-mail address) and where it first came from do not change.
     */
    public void updateDetails(LeadUpdated update) {
        details = details.updatedBy(update);
    }

    /**
     * Forgets who the person is (GDPR Art. 17) and the free text written about them (rejection note, close reason).
     * Stages, owner, score, amounts and channel stay, so every figure counted from this lead stays as it was. No
     * event: intake announced the erasure, and the lead's journey did not move.
     */
    public void erasePerson(Instant at) {
        details = details.withoutThePerson(at);
        rejectionNote = null;
        closeReason = null;
    }

    public LeadDetails details() {
        return details;
    }

    public LifecycleStage stage() {
        return stage;
    }

    public String ownerId() {
        return ownerId;
    }

    public Instant routingRequestedAt() {
        return routingRequestedAt;
    }

    public Assignment assignment() {
        return assignment;
    }

    /** Everything the lead holds, for the store. */
    public State state() {
        return new State(stage, ownerId, qualificationCycle, cycleStartedAt, qualifiedAt, mqlReason,
                routingRequestedAt, scoreTotal, scoreGrade, scoreModelVersion, score, outlook, scoredAt,
                scoreCheckedAt, assignment, acceptedAt, rejectionReason, rejectionNote, expected, opportunityId, closed, closeReason,
                updatedAt, version);
    }
}
