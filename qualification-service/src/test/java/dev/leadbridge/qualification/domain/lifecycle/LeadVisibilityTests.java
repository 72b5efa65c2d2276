package dev.leadbridge.qualification.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadVisibilityTests {

    private static final Set<String> OWNERS = Set.of("rep-1", "rep-old");

    @Test
    void aRepReadsTheLeadsTheyOwnOrOwned() {
        assertThat(LeadVisibility.of(rep("rep-1"), "team-fr", OWNERS)).isEqualTo(LeadVisibility.FULL);
        assertThat(LeadVisibility.of(rep("rep-old"), "team-fr", OWNERS)).isEqualTo(LeadVisibility.FULL);
        assertThat(LeadVisibility.of(rep("rep-2"), "team-fr", OWNERS)).isEqualTo(LeadVisibility.NONE);
    }

    @Test
    void aManagerReadsTheirTeamsLeadsOrEveryTeamsWhenTheyLeadThemAll() {
        Actor frManager = new Actor("boss-fr", Set.of(Role.MANAGER), Set.of("team-fr"));
        Actor headOfSales = new Actor("head", Set.of(Role.MANAGER));

        assertThat(LeadVisibility.of(frManager, "team-fr", OWNERS)).isEqualTo(LeadVisibility.FULL);
        assertThat(LeadVisibility.of(frManager, "team-es", OWNERS)).isEqualTo(LeadVisibility.NONE);
        assertThat(LeadVisibility.of(frManager, null, Set.of())).isEqualTo(LeadVisibility.NONE);
        assertThat(LeadVisibility.of(headOfSales, "team-es", OWNERS)).isEqualTo(LeadVisibility.FULL);
        assertThat(LeadVisibility.of(headOfSales, null, Set.of())).isEqualTo(LeadVisibility.FULL);
    }

    @Test
    void marketingReadsEveryLeadWithoutContactDataAndTheBestRoleWins() {
        Actor marketer = new Actor("m-1", Set.of(Role.MARKETING));
        Actor repInMarketing = new Actor("rep-1", Set.of(Role.REP, Role.MARKETING));

        assertThat(LeadVisibility.of(marketer, "team-fr", OWNERS)).isEqualTo(LeadVisibility.WITHOUT_CONTACT);
        assertThat(LeadVisibility.of(repInMarketing, "team-fr", OWNERS)).isEqualTo(LeadVisibility.FULL);
        assertThat(LeadVisibility.of(new Actor("ops", Set.of(Role.OPS)), "team-fr", OWNERS))
                .isEqualTo(LeadVisibility.NONE);
    }

    @Test
    void inboxesAreListedByTheirRepOrTheRepsManager() {
        Actor frManager = new Actor("boss-fr", Set.of(Role.MANAGER), Set.of("team-fr"));
        assertThat(LeadVisibility.mayListInboxOf(rep("rep-1"), "rep-1", "team-fr")).isTrue();
        assertThat(LeadVisibility.mayListInboxOf(rep("rep-1"), "rep-2", "team-fr")).isFalse();
        assertThat(LeadVisibility.mayListInboxOf(frManager, "rep-2", "team-fr")).isTrue();
        assertThat(LeadVisibility.mayListInboxOf(frManager, "rep-9", "team-es")).isFalse();
        assertThat(LeadVisibility.mayListInboxOf(frManager, "ghost", null)).isFalse();
        assertThat(LeadVisibility.mayListInboxOf(new Actor("head", Set.of(Role.MANAGER)), "ghost", null)).isTrue();
    }

    private static Actor rep(String id) {
        return new Actor(id, Set.of(Role.REP));
    }
}
