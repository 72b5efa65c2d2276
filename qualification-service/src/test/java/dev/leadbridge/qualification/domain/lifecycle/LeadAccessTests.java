package dev.leadbridge.qualification.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeadAccessTests {

    private static final Actor OWNER = new Actor("rep-1", Set.of(Role.REP));
    private static final Actor OTHER_REP = new Actor("rep-2", Set.of(Role.REP));
    private static final String TEAM = "team-fr";
    private static final Actor MANAGER = new Actor("boss", Set.of(Role.MANAGER));
    private static final Actor MANAGER_OF_THE_TEAM = new Actor("boss-fr", Set.of(Role.MANAGER), Set.of(TEAM));
    private static final Actor MANAGER_OF_ANOTHER_TEAM = new Actor("boss-de", Set.of(Role.MANAGER),
            Set.of("team-de"));

    @ParameterizedTest
    @EnumSource(value = LeadAction.class, names = {"ACCEPT", "REJECT", "CONVERT", "CLOSE_WON", "CLOSE_LOST"})
    void letsTheAssignedRepWorkTheirLead(LeadAction action) {
        assertThat(LeadAccess.check(OWNER, action, "rep-1", TEAM))
                .isEqualTo(new AccessDecision(true, "the assigned rep may " + action.words() + " their lead"));
    }

    @ParameterizedTest
    @EnumSource(value = LeadAction.class, names = {"ACCEPT", "REJECT", "CONVERT", "CLOSE_WON", "CLOSE_LOST"})
    void forbidsAnotherRepToWorkTheLead(LeadAction action) {
        assertThat(LeadAccess.check(OTHER_REP, action, "rep-1", TEAM)).isEqualTo(new AccessDecision(false,
                "only the assigned rep or a manager may " + action.words() + " this lead"));
    }

    @ParameterizedTest
    @EnumSource(value = LeadAction.class,
            names = {"ACCEPT", "REJECT", "CONVERT", "CLOSE_WON", "CLOSE_LOST", "REASSIGN"})
    void letsAManagerOfEveryTeamWorkAndReassignAnyLead(LeadAction action) {
        assertThat(LeadAccess.check(MANAGER, action, "rep-1", TEAM).allowed()).isTrue();
        assertThat(LeadAccess.check(MANAGER, action, null, TEAM).allowed()).isTrue();
        assertThat(LeadAccess.check(MANAGER, action, null, null).allowed()).as("a lead never routed").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LeadAction.class,
            names = {"ACCEPT", "REJECT", "CONVERT", "CLOSE_WON", "CLOSE_LOST", "REASSIGN", "HAND_OVER"})
    void letsAManagerWorkTheLeadsOfTheirTeamsOnly(LeadAction action) {
        assertThat(LeadAccess.check(MANAGER_OF_THE_TEAM, action, "rep-1", TEAM).allowed()).isTrue();
        assertThat(LeadAccess.check(MANAGER_OF_ANOTHER_TEAM, action, "rep-1", TEAM)).isEqualTo(new AccessDecision(
                false, "a manager may " + action.words() + " the leads of the teams they lead only"));
        assertThat(LeadAccess.check(MANAGER_OF_THE_TEAM, action, null, null).allowed())
                .as("a lead never routed belongs to no team they lead").isFalse();
    }

    @Test
    void aRepWhoAlsoManagesAnotherTeamStillWorksTheirOwnLead() {
        Actor repAndManager = new Actor("rep-1", Set.of(Role.REP, Role.MANAGER), Set.of("team-de"));

        assertThat(LeadAccess.check(repAndManager, LeadAction.ACCEPT, "rep-1", TEAM).allowed()).isTrue();
        assertThat(LeadAccess.check(repAndManager, LeadAction.REASSIGN, "rep-1", TEAM).allowed()).isFalse();
    }

    @Test
    void letsOnlyAManagerReassign() {
        assertThat(LeadAccess.check(OWNER, LeadAction.REASSIGN, "rep-1", TEAM))
                .isEqualTo(new AccessDecision(false, "only a manager may reassign a lead"));
    }

    @ParameterizedTest
    @EnumSource(value = LeadAction.class, names = {"SCORE", "QUALIFY", "ASSIGN", "RECYCLE"})
    void leavesTheSystemsActionsToTheSystem(LeadAction action) {
        Actor everyone = new Actor("rep-1", Set.of(Role.values()));

        assertThat(LeadAccess.check(everyone, action, "rep-1", TEAM))
                .isEqualTo(new AccessDecision(false, action.words() + " is done by the system, not by people"));
    }

    @Test
    void requiresTheRepRoleAndNotJustTheOwnersId() {
        Actor marketer = new Actor("rep-1", Set.of(Role.MARKETING, Role.ADMIN));

        assertThat(LeadAccess.check(marketer, LeadAction.ACCEPT, "rep-1", TEAM).allowed()).isFalse();
    }

    @Test
    void forbidsRepsToActOnALeadNobodyOwns() {
        assertThat(LeadAccess.check(OWNER, LeadAction.ACCEPT, null, TEAM).allowed()).isFalse();
        assertThat(LeadAccess.check(new Actor("", Set.of(Role.REP)), LeadAction.ACCEPT, "", TEAM).allowed())
                .isFalse();
    }

    @Test
    void readsTheRolesOfATokenAndIgnoresOtherGroups() {
        Actor actor = Actor.of("rep-7", List.of("rep", "manager", "Everyone", "REP"));

        assertThat(actor).isEqualTo(new Actor("rep-7", Set.of(Role.REP, Role.MANAGER)));
    }
}
