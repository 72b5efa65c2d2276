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
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.ACCEPT;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.ASSIGN;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.CLOSE_LOST;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.CLOSE_WON;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.CONVERT;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.HAND_OVER;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.QUALIFY;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.REASSIGN;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.RECYCLE;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.REJECT;
import static dev.leadbridge.qualification.domain.lifecycle.LeadAction.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.payload.LifecycleStage;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LeadLifecycleTests {

    /**
     * The lifecycle of DESIGN.md with no dead ends (a SAL can be disqualified or lost, a manager can reassign any
     * open lead and hand over a queued MQL), written out independently of {@link LeadAction}: stage → action → next.
     */
    private static final Map<LifecycleStage, Map<LeadAction, LifecycleStage>> LEGAL = Map.of(
            CAPTURED, Map.of(SCORE, SCORED),
            SCORED, Map.of(QUALIFY, MQL),
            MQL, Map.of(ASSIGN, ASSIGNED, HAND_OVER, ASSIGNED, RECYCLE, RECYCLED),
            ASSIGNED, Map.of(REASSIGN, ASSIGNED, ACCEPT, ACCEPTED, REJECT, REJECTED),
            ACCEPTED, Map.of(CONVERT, CONVERTED, REJECT, REJECTED, CLOSE_LOST, CLOSED_LOST, REASSIGN, ACCEPTED),
            REJECTED, Map.of(RECYCLE, RECYCLED),
            RECYCLED, Map.of(SCORE, SCORED, QUALIFY, MQL),
            CONVERTED, Map.of(CLOSE_WON, CLOSED_WON, CLOSE_LOST, CLOSED_LOST, REASSIGN, CONVERTED),
            CLOSED_WON, Map.of(),
            CLOSED_LOST, Map.of());

    static Stream<Arguments> everyStageAndAction() {
        return Arrays.stream(LifecycleStage.values())
                .flatMap(stage -> Arrays.stream(LeadAction.values()).map(action -> Arguments.of(stage, action)));
    }

    static Stream<Arguments> everyPairOfStages() {
        return Arrays.stream(LifecycleStage.values())
                .flatMap(from -> Arrays.stream(LifecycleStage.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStageAndAction")
    void allowsExactlyTheTransitionsOfTheLifecycle(LifecycleStage from, LeadAction action) {
        LifecycleStage expected = LEGAL.get(from).get(action);

        if (expected != null) {
            assertThat(LeadLifecycle.apply(from, action)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> LeadLifecycle.apply(from, action))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(action.target(from));
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.getMessage()).contains(from.wire() + " -> " + action.target(from).wire());
                    });
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStages")
    void knowsWhichStageMayFollowWhich(LifecycleStage from, LifecycleStage to) {
        assertThat(LeadLifecycle.isLegal(from, to)).isEqualTo(LEGAL.get(from).containsValue(to));
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void listsTheSuccessorsOfEachStage(LifecycleStage from) {
        assertThat(LeadLifecycle.successors(from))
                .containsExactlyInAnyOrderElementsOf(Set.copyOf(LEGAL.get(from).values()));
    }

    @Test
    void explainsAnIllegalTransitionNamingBothStages() {
        assertThatThrownBy(() -> LeadLifecycle.apply(CLOSED_WON, ACCEPT))
                .hasMessage("cannot accept a lead in stage closed_won:"
                        + " closed_won -> accepted is not a legal transition");
    }

    @Test
    void takesALeadFromCaptureToAWonDeal() {
        LifecycleStage stage = CAPTURED;
        for (LeadAction action : new LeadAction[] {SCORE, QUALIFY, ASSIGN, REASSIGN, ACCEPT, CONVERT, CLOSE_WON}) {
            stage = LeadLifecycle.apply(stage, action);
        }

        assertThat(stage).isEqualTo(CLOSED_WON);
    }

    @Test
    void recyclesARejectedLeadWhichMayQualifyAgain() {
        LifecycleStage stage = ASSIGNED;
        for (LeadAction action : new LeadAction[] {REJECT, RECYCLE, SCORE, QUALIFY, ASSIGN}) {
            stage = LeadLifecycle.apply(stage, action);
        }

        assertThat(stage).isEqualTo(ASSIGNED);
        assertThat(LeadLifecycle.apply(RECYCLED, QUALIFY)).isEqualTo(MQL);
    }

    @Test
    void recyclesAnUnassignedMqlWhoseScoreDecayed() {
        assertThat(LeadLifecycle.apply(MQL, RECYCLE)).isEqualTo(RECYCLED);
    }

    @Test
    void movesOnFromALateEntryLikeAnyOtherLead() {
        assertThat(LeadLifecycle.apply(LeadLifecycle.apply(ACCEPTED, CONVERT), CLOSE_LOST)).isEqualTo(CLOSED_LOST);
        assertThat(LeadLifecycle.apply(ASSIGNED, ACCEPT)).isEqualTo(ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStage.class, names = {"CLOSED_WON", "CLOSED_LOST"})
    void keepsClosedLeadsClosed(LifecycleStage closed) {
        assertThat(LeadLifecycle.successors(closed)).isEmpty();
        assertThat(Arrays.stream(LeadAction.values()).filter(action -> action.allowedFrom(closed))).isEmpty();
    }
}
