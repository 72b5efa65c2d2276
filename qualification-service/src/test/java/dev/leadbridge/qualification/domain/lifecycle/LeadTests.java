package dev.leadbridge.qualification.domain.lifecycle;

import static dev.leadbridge.events.payload.LifecycleStage.ACCEPTED;
import static dev.leadbridge.events.payload.LifecycleStage.ASSIGNED;
import static dev.leadbridge.events.payload.LifecycleStage.CAPTURED;
import static dev.leadbridge.events.payload.LifecycleStage.CLOSED_LOST;
import static dev.leadbridge.events.payload.LifecycleStage.CLOSED_WON;
import static dev.leadbridge.events.payload.LifecycleStage.CONVERTED;
import static dev.leadbridge.events.payload.LifecycleStage.MQL;
import static dev.leadbridge.events.payload.LifecycleStage.RECYCLED;
import static dev.leadbridge.events.payload.LifecycleStage.REJECTED;
import static dev.leadbridge.events.payload.LifecycleStage.SCORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.ConversionFactor;
import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.learning.ConversionOutlook;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.domain.routing.RoutingVersions;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.MqlCriteria;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Lead aggregate: every transition, who may take it, and the events and history steps it returns. */
class LeadTests {

    /** The routing table and roster versions the tests' routing decisions were taken under. */
    private static final RoutingVersions VERSIONS = new RoutingVersions(3, 5);
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    /** No conversion model learned yet. */
    private static final ConversionOutlook NO_MODEL = ConversionOutlook.NONE;
    private static final MqlCriteria CRITERIA = new MqlCriteria(60, Grade.B, Set.of(TouchpointType.DEMO_REQUEST),
            Duration.ofDays(30));
    private static final Actor OWNER = new Actor("rep-1", Set.of(Role.REP));
    private static final Actor OTHER_REP = new Actor("rep-2", Set.of(Role.REP));
    private static final Actor MANAGER = new Actor("boss", Set.of(Role.MANAGER));
    private static final Actor MARKETER = new Actor("m-1", Set.of(Role.MARKETING));
    private static final ExpectedVersion ANY = ExpectedVersion.ANY;
    private static final RoutingDecision.Assigned TO_REP_1 = new RoutingDecision.Assigned("rep-1", "team-fr", "fr",
            AssignmentReason.ROUND_ROBIN, "round robin in team-fr");

    @Test
    void enteringIsTheFirstHistoryStepWithoutAPreviousStage() {
        Lead.Entered entered = Lead.enter(UUID.randomUUID(), details(), CAPTURED, null, T0);

        assertThat(entered.lead().stage()).isEqualTo(CAPTURED);
        assertThat(entered.firstStep()).isEqualTo(new StageChange(null, CAPTURED, null, null, T0));
        assertThat(entered.lead().state().qualificationCycle()).isOne();
    }

    @Test
    void firstScoreMovesCapturedToScoredAndAnnouncesTheScore() {
        Lead lead = captured();

        List<LeadChange> changes = lead.rescore(card(40, Grade.C, T0.plusSeconds(1)), NO_MODEL, CRITERIA, List.of(),
                T0.plusSeconds(1));

        assertThat(changes).extracting(LeadChange::type).containsExactly(EventType.LEAD_SCORED);
        assertThat(changes.get(0).stageStep()).isEqualTo(new StageChange(CAPTURED, SCORED, null, null,
                T0.plusSeconds(1)));
        assertThat(((LeadScored) changes.get(0).payload()).previousTotal()).isNull();
        assertThat(lead.stage()).isEqualTo(SCORED);
    }

    @Test
    void theConversionOutlookTravelsWithTheScoreItCameWith() {
        Lead lead = captured();
        ConversionOutlook chances = new ConversionOutlook(
                new ConversionPrediction(0.8, 3, List.of(new ConversionFactor("seniority=vp", 1.2))), null);

        LeadScored scored = (LeadScored) lead.rescore(card(40, Grade.C, T0), chances, CRITERIA, List.of(), T0).get(0)
                .payload();

        assertThat(scored.pAccept()).isEqualTo(chances.pAccept());
        assertThat(scored.pWin()).isNull();
        assertThat(lead.state().outlook()).isEqualTo(chances);
    }

    @Test
    void aNewConversionModelAloneAnnouncesNothing() {
        Lead lead = captured();
        lead.rescore(card(40, Grade.C, T0), NO_MODEL, CRITERIA, List.of(), T0);
        ConversionOutlook learned = new ConversionOutlook(new ConversionPrediction(0.8, 1, List.of()), null);

        assertThat(lead.rescore(card(40, Grade.C, T0.plusSeconds(60)), learned, CRITERIA, List.of(),
                T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void anUnchangedScoreAnnouncesNothingButIsRecordedAsChecked() {
        Lead lead = captured();
        lead.rescore(card(40, Grade.C, T0), NO_MODEL, CRITERIA, List.of(), T0);

        List<LeadChange> again = lead.rescore(card(40, Grade.C, T0.plusSeconds(60)), NO_MODEL, CRITERIA, List.of(),
                T0.plusSeconds(60));

        assertThat(again).isEmpty();
        assertThat(lead.state().scoreCheckedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aChangedTotalIsAnnouncedWithThePreviousOneAndNoStageStep() {
        Lead lead = captured();
        lead.rescore(card(40, Grade.C, T0), NO_MODEL, CRITERIA, List.of(), T0);

        List<LeadChange> changes = lead.rescore(card(45, Grade.C, T0.plusSeconds(60)), NO_MODEL, CRITERIA, List.of(),
                T0.plusSeconds(60));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.stageStep()).isNull();
            assertThat(((LeadScored) change.payload()).previousTotal()).isEqualTo(40);
        });
    }

    @Test
    void meetingTheCriteriaQualifiesOncePerCycleAndAsksForRouting() {
        Lead lead = captured();

        List<LeadChange> changes = lead.rescore(card(80, Grade.A, T0), NO_MODEL, CRITERIA, List.of(), T0);

        assertThat(changes).extracting(LeadChange::type).containsExactly(EventType.LEAD_SCORED, EventType.LEAD_MQL);
        assertThat(changes.get(1).stageStep()).isEqualTo(new StageChange(SCORED, MQL, null, null, T0));
        assertThat(((LeadMql) changes.get(1).payload()).reason()).isEqualTo(MqlReason.SCORE_THRESHOLD);
        assertThat(lead.routingRequestedAt()).isEqualTo(T0);
        assertThat(lead.rescore(card(85, Grade.A, T0.plusSeconds(5)), NO_MODEL, CRITERIA, List.of(), T0.plusSeconds(5)))
                .extracting(LeadChange::type).containsExactly(EventType.LEAD_SCORED);
    }

    @Test
    void aQueuedMqlWhoseScoreFadedGoesBackToNurtureInANewCycle() {
        Lead lead = queuedMql();
        Instant later = T0.plus(Duration.ofDays(10));

        List<LeadChange> changes = lead.rescore(card(30, Grade.C, later), NO_MODEL, CRITERIA, List.of(), later);

        assertThat(changes).extracting(LeadChange::type).containsExactly(EventType.LEAD_SCORED,
                EventType.LEAD_RECYCLED);
        assertThat(((LeadRecycled) changes.get(1).payload()).reason()).isEqualTo(RecycleReason.DECAYED);
        assertThat(changes.get(1).stageStep()).isEqualTo(new StageChange(MQL, RECYCLED, null, null, later));
        assertThat(lead.state().qualificationCycle()).isEqualTo(2);
        assertThat(lead.state().cycleStartedAt()).isEqualTo(later);
        assertThat(lead.routingRequestedAt()).isNull();
    }

    @Test
    void routingGivesTheQueuedMqlAnOwnerOrLeavesItQueued() {
        Lead assigned = queuedMql();
        LeadChange change = assigned.assign(TO_REP_1, T0.plusSeconds(2), VERSIONS, "Southern Europe");
        assertThat(change.stageStep()).isEqualTo(new StageChange(MQL, ASSIGNED, null, "rep-1", T0.plusSeconds(2)));
        assertThat((LeadAssigned) change.payload()).extracting(LeadAssigned::ownerId, LeadAssigned::queued,
                LeadAssigned::mqlReason, LeadAssigned::routingVersion, LeadAssigned::rosterVersion,
                LeadAssigned::territory)
                .containsExactly("rep-1", false, MqlReason.SCORE_THRESHOLD, 3, 5, "Southern Europe");
        assertThat(assigned.assignment().teamId()).isEqualTo("team-fr");
        assertThat(assigned.routingRequestedAt()).isNull();

        Lead queued = queuedMql();
        LeadChange waiting = queued.assign(new RoutingDecision.Queued("team-es", "es", "nobody in", Map.of()), T0,
                VERSIONS, null);
        assertThat(waiting.stageStep()).isNull();
        assertThat(((LeadAssigned) waiting.payload()).queued()).isTrue();
        assertThat(queued.stage()).isEqualTo(MQL);
        assertThat(queued.assignment().at()).as("its place in the queue").isEqualTo(T0);
    }

    @Test
    void onlyAQueuedMqlCanBeRouted() {
        Lead lead = assignedTo("rep-1");
        assertThatThrownBy(() -> lead.assign(TO_REP_1, T0, VERSIONS, null)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theOwnerAcceptsAndTheHistorySaysWho() {
        Lead lead = assignedTo("rep-1");

        LeadChange accepted = lead.accept(OWNER, ANY, T0);

        assertThat(accepted.type()).isEqualTo(EventType.LEAD_ACCEPTED);
        assertThat(accepted.stageStep()).isEqualTo(new StageChange(ASSIGNED, ACCEPTED, "rep-1", "rep-1", T0));
    }

    @Test
    void strangersAndMarketersMayNotActAndLearnNothingOfTheStage() {
        Lead accepted = accepted();
        assertThatThrownBy(() -> accepted.accept(OTHER_REP, ANY, T0)).isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> accepted.convert(MARKETER, ANY, "opp", null, T0))
                .isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> accepted.reassign(OWNER, ANY, "rep-2", Optional.of("team-fr"), T0))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("only a manager");
        assertThat(accepted.stage()).isEqualTo(ACCEPTED);
    }

    @Test
    void aStaleIfMatchIsRefusedAfterAccessAndBeforeTheLifecycle() {
        Lead lead = assignedTo("rep-1");
        ExpectedVersion old = ExpectedVersion.oneOf(Set.of(41L));

        assertThatThrownBy(() -> lead.accept(OTHER_REP, old, T0)).isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> lead.accept(OWNER, old, T0)).isInstanceOfSatisfying(StaleLeadException.class,
                stale -> assertThat(stale.preconditionNamed()).isTrue());
        assertThatThrownBy(() -> lead.convert(OWNER, ExpectedVersion.oneOf(Set.of(7L)), "o", null, T0))
                .as("version before lifecycle").isInstanceOf(StaleLeadException.class);
        assertThat(lead.stage()).isEqualTo(ASSIGNED);
    }

    @Test
    void anIllegalMoveChangesNothing() {
        Lead lead = assignedTo("rep-1");
        assertThatThrownBy(() -> lead.convert(OWNER, ANY, "opp", null, T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(lead.stage()).isEqualTo(ASSIGNED);
        assertThat(lead.state().opportunityId()).isNull();
    }

    @Test
    void rejectingRecyclesTheLeadInANewCycleWithTwoHistorySteps() {
        Lead lead = assignedTo("rep-1");

        List<LeadChange> changes = lead.reject(OWNER, ANY, RejectionReason.NO_BUDGET, "next year", T0);

        assertThat(changes).extracting(LeadChange::type).containsExactly(EventType.LEAD_REJECTED,
                EventType.LEAD_RECYCLED);
        assertThat(changes).extracting(LeadChange::stageStep).containsExactly(
                new StageChange(ASSIGNED, REJECTED, "rep-1", "rep-1", T0),
                new StageChange(REJECTED, RECYCLED, "rep-1", null, T0));
        assertThat(((LeadRecycled) changes.get(1).payload()).reason()).isEqualTo(RecycleReason.NO_BUDGET);
        assertThat(lead.ownerId()).isNull();
        assertThat(lead.state().qualificationCycle()).isEqualTo(2);
        assertThat(lead.state().rejectionNote()).isEqualTo("next year");
    }

    @Test
    void aRecycledLeadQualifiesAgainOnlyInItsNewCycle() {
        Lead lead = assignedTo("rep-1");
        lead.reject(OWNER, ANY, RejectionReason.NOT_READY, null, T0);
        EngagementEvent oldDemo = new EngagementEvent(UUID.randomUUID(), TouchpointType.DEMO_REQUEST,
                T0.minusSeconds(60));

        assertThat(lead.rescore(card(40, Grade.C, T0.plusSeconds(1)), NO_MODEL, CRITERIA, List.of(oldDemo),
                T0.plusSeconds(1))).extracting(LeadChange::type).containsExactly(EventType.LEAD_SCORED);

        EngagementEvent newDemo = new EngagementEvent(UUID.randomUUID(), TouchpointType.DEMO_REQUEST,
                T0.plusSeconds(30));
        List<LeadChange> again = lead.rescore(card(40, Grade.C, T0.plusSeconds(31)), NO_MODEL, CRITERIA,
                List.of(oldDemo, newDemo), T0.plusSeconds(31));
        assertThat(again).extracting(LeadChange::type).contains(EventType.LEAD_MQL);
        assertThat(((LeadMql) again.get(again.size() - 1).payload()).reason()).isEqualTo(MqlReason.HAND_RAISER);
        assertThat(lead.stage()).isEqualTo(MQL);
    }

    @Test
    void convertingAndClosingCarryTheOpportunityAndTheMoney() {
        Lead lead = accepted();
        Lead.Money expected = new Lead.Money(new BigDecimal("12000.00"), Currency.getInstance("EUR"));

        LeadChange converted = lead.convert(OWNER, ANY, "opp-7", expected, T0);
        LeadChange won = lead.close(OWNER, ANY, CloseOutcome.WON, expected, null, T0.plusSeconds(9));

        assertThat(converted.stageStep().to()).isEqualTo(CONVERTED);
        assertThat(won.stageStep()).isEqualTo(new StageChange(CONVERTED, CLOSED_WON, "rep-1", "rep-1",
                T0.plusSeconds(9)));
        assertThat(lead.state().opportunityId()).isEqualTo("opp-7");
        assertThat(lead.state().closed()).isEqualTo(expected);
    }

    @Test
    void closedLeadsAreFinal() {
        Lead lead = accepted();
        lead.convert(OWNER, ANY, "opp", null, T0);
        lead.close(MANAGER, ANY, CloseOutcome.LOST, null, "went with a rival", T0);
        assertThat(lead.stage()).isEqualTo(CLOSED_LOST);
        assertThatThrownBy(() -> lead.close(MANAGER, ANY, CloseOutcome.WON, null, null, T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> lead.reassign(MANAGER, ANY, "rep-2", Optional.of("t"), T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aManagersReassignmentIsRecordedAsManualWithTheNewRepsTeam() {
        Lead lead = assignedTo("rep-1");

        LeadChange change = lead.reassign(MANAGER, ANY, "rep-9", Optional.of("team-es"), T0);

        LeadReassigned payload = (LeadReassigned) change.payload();
        assertThat(payload).extracting(LeadReassigned::previousOwnerId, LeadReassigned::ownerId,
                LeadReassigned::teamId, LeadReassigned::reason, LeadReassigned::actorId)
                .containsExactly("rep-1", "rep-9", "team-es", ReassignmentReason.MANAGER, "boss");
        assertThat(change.stageStep()).isEqualTo(new StageChange(ASSIGNED, ASSIGNED, "boss", "rep-9", T0));
        assertThat(lead.assignment()).extracting(Lead.Assignment::teamId, Lead.Assignment::reason,
                Lead.Assignment::at).containsExactly("team-es", AssignmentReason.MANUAL, T0);
    }

    @Test
    void reassigningToSomeoneOutsideTheRosterNamesTheFieldOnlyForManagers() {
        Lead lead = assignedTo("rep-1");
        assertThatThrownBy(() -> lead.reassign(OWNER, ANY, "ghost", Optional.empty(), T0))
                .isInstanceOf(ActionNotAllowedException.class);
        assertThatThrownBy(() -> lead.reassign(MANAGER, ANY, "ghost", Optional.empty(), T0))
                .isInstanceOfSatisfying(InvalidLeadActionException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("ownerId"));
        assertThat(lead.ownerId()).isEqualTo("rep-1");
    }

    @Test
    void anEscalationReassignsToTheRoutedRepAsTheService() {
        Lead lead = assignedTo("rep-1");
        RoutingDecision.Assigned next = new RoutingDecision.Assigned("rep-2", "team-fr", "fr",
                AssignmentReason.ROUND_ROBIN, "next in rotation");

        assertThat(lead.awaitsFirstResponseFrom("rep-1")).isTrue();
        assertThat(lead.awaitsFirstResponseFrom("rep-3")).isFalse();
        LeadChange change = lead.reassignAfterEscalation(next, T0, VERSIONS);

        assertThat((LeadReassigned) change.payload()).extracting(LeadReassigned::reason,
                LeadReassigned::routingVersion, LeadReassigned::rosterVersion)
                .containsExactly(ReassignmentReason.SLA_ESCALATION, 3, 5);
        assertThat(change.stageStep()).isEqualTo(new StageChange(ASSIGNED, ASSIGNED, null, "rep-2", T0));
        assertThat(lead.assignment().explanation()).isEqualTo("next in rotation");
    }

    @Test
    void aLeadThatMovedOnLosesItsRoutingRequest() {
        Lead lead = queuedMql();
        assertThat(lead.stillWantsRouting()).isTrue();
        lead.assign(TO_REP_1, T0, VERSIONS, null);
        assertThat(lead.stillWantsRouting()).isFalse();
        assertThat(lead.routingRequestedAt()).isNull();
    }

    @Test
    void restoringAndReadingTheStateRoundTrips() {
        Lead lead = accepted();
        Lead copy = Lead.restore(lead.id(), lead.details(), lead.state());
        assertThat(copy.state()).isEqualTo(lead.state());
    }

    @Test
    void aSalesAcceptedLeadCanBeDisqualifiedOrLostWithoutAnOpportunity() {
        Lead disqualified = accepted();
        assertThat(disqualified.reject(OWNER, ANY, RejectionReason.NOT_A_FIT, null, T0))
                .extracting(LeadChange::stageStep).extracting(StageChange::to).containsExactly(REJECTED, RECYCLED);
        assertThat(disqualified.state().acceptedAt()).isNull();

        Lead lost = accepted();
        LeadChange closed = lost.close(OWNER, ANY, CloseOutcome.LOST, null, "budget went to a rival", T0);
        assertThat(closed.stageStep()).isEqualTo(new StageChange(ACCEPTED, CLOSED_LOST, "rep-1", "rep-1", T0));
        assertThat(((LeadClosed) closed.payload()).opportunityId()).isNull();
    }

    @Test
    void acceptedAndConvertedLeadsChangeHandsInTheirStageAndSaySo() {
        Lead lead = accepted();
        LeadChange whileAccepted = lead.reassign(MANAGER, ANY, "rep-2", Optional.of("team-fr"), T0);
        assertThat(whileAccepted.stageStep()).isEqualTo(new StageChange(ACCEPTED, ACCEPTED, "boss", "rep-2", T0));
        assertThat(((LeadReassigned) whileAccepted.payload()).stage()).isEqualTo(ACCEPTED);

        lead.convert(OTHER_REP, ANY, "opp-1", null, T0);
        LeadChange whileConverted = lead.reassign(MANAGER, ANY, "rep-1", Optional.of("team-fr"), T0);
        assertThat(((LeadReassigned) whileConverted.payload()).stage()).isEqualTo(CONVERTED);
        assertThat(lead.stage()).isEqualTo(CONVERTED);
        assertThat(lead.ownerId()).isEqualTo("rep-1");
    }

    @Test
    void aManagerHandsAQueuedMqlOverAsAManualAssignment() {
        Lead lead = queuedMql();

        LeadChange handedOver = lead.reassign(MANAGER, ANY, "rep-2", Optional.of("team-es"), T0);

        assertThat(handedOver.type()).isEqualTo(EventType.LEAD_ASSIGNED);
        assertThat((LeadAssigned) handedOver.payload()).extracting(LeadAssigned::ownerId, LeadAssigned::queued,
                LeadAssigned::reason, LeadAssigned::teamId).containsExactly("rep-2", false, AssignmentReason.MANUAL,
                "team-es");
        assertThat(handedOver.stageStep()).isEqualTo(new StageChange(MQL, ASSIGNED, "boss", "rep-2", T0));
        assertThat(lead.routingRequestedAt()).isNull();
        assertThatThrownBy(() -> queuedMql().reassign(OWNER, ANY, "rep-1", Optional.of("team-fr"), T0))
                .isInstanceOf(ActionNotAllowedException.class);
    }

    @Test
    void eventsOfACycleCarryItsNumber() {
        Lead lead = captured();
        LeadMql first = (LeadMql) lead.rescore(card(80, Grade.A, T0), NO_MODEL, CRITERIA, List.of(), T0).get(1)
                .payload();
        LeadAssigned assigned = (LeadAssigned) lead.assign(TO_REP_1, T0, VERSIONS, null).payload();
        LeadRecycled recycled = (LeadRecycled) lead.reject(OWNER, ANY, RejectionReason.OTHER, null, T0).get(1)
                .payload();
        EngagementEvent demo = new EngagementEvent(UUID.randomUUID(), TouchpointType.DEMO_REQUEST, T0.plusSeconds(5));
        List<LeadChange> again = lead.rescore(card(80, Grade.A, T0.plusSeconds(6)), NO_MODEL, CRITERIA, List.of(demo),
                T0.plusSeconds(6));
        LeadMql second = (LeadMql) again.get(again.size() - 1).payload();

        assertThat(List.of(first.qualificationCycle(), assigned.qualificationCycle(), recycled.qualificationCycle(),
                second.qualificationCycle())).containsExactly(1, 1, 2, 2);
    }

    // ---- fixtures: leads built through the aggregate's own methods ----

    private static LeadDetails details() {
        return new LeadDetails("ada@engines.example", "Ada", "Lovelace", "+4930123456", "VP Marketing", "Engines",
                "engines.example", 500, "Software", "FR", Channel.PAID_SEARCH, "launch", null, T0, null, null);
    }

    private static Scorecard card(int total, Grade grade, Instant at) {
        return new Scorecard(1, at, new Score(total, total, 0, grade, List.of()), List.of(), true);
    }

    private static Lead captured() {
        return Lead.enter(UUID.randomUUID(), details(), CAPTURED, null, T0).lead();
    }

    private static Lead queuedMql() {
        Lead lead = captured();
        lead.rescore(card(80, Grade.A, T0), NO_MODEL, CRITERIA, List.of(), T0);
        assertThat(lead.stage()).isEqualTo(MQL);
        return lead;
    }

    private static Lead assignedTo(String rep) {
        Lead lead = queuedMql();
        lead.assign(new RoutingDecision.Assigned(rep, "team-fr", "fr", AssignmentReason.ROUND_ROBIN, "rr"), T0,
                VERSIONS, null);
        return lead;
    }

    private static Lead accepted() {
        Lead lead = assignedTo("rep-1");
        lead.accept(OWNER, ANY, T0);
        return lead;
    }
}
