package dev.leadbridge.sla.domain.policy;

import static dev.leadbridge.events.payload.Channel.EMAIL;
import static dev.leadbridge.events.payload.Channel.PAID_SEARCH;
import static dev.leadbridge.events.payload.Channel.SOCIAL;
import static dev.leadbridge.events.payload.Grade.A;
import static dev.leadbridge.events.payload.Grade.B;
import static dev.leadbridge.events.payload.Grade.C;
import static dev.leadbridge.events.payload.Grade.D;
import static dev.leadbridge.events.payload.MqlReason.HAND_RAISER;
import static dev.leadbridge.events.payload.MqlReason.MANUAL;
import static dev.leadbridge.events.payload.MqlReason.SCORE_THRESHOLD;
import static dev.leadbridge.sla.domain.policy.Policies.everyLead;
import static dev.leadbridge.sla.domain.policy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicySelectorTests {

    private static final SlaPolicy DEFAULT = everyLead("default", Duration.ofHours(8));
    private static final SlaPolicy GRADE_A = policy("grade-a", Duration.ofHours(4), Set.of(A), Set.of(), Set.of());
    private static final SlaPolicy GRADE_A_OR_B = policy("grade-a-or-b", Duration.ofHours(3), Set.of(A, B), Set.of(),
            Set.of());
    private static final SlaPolicy PAID_SEARCH_LEADS = policy("paid-search", Duration.ofHours(6), Set.of(),
            Set.of(PAID_SEARCH), Set.of());
    private static final SlaPolicy HAND_RAISERS = policy("hand-raisers", Duration.ofHours(1), Set.of(), Set.of(),
            Set.of(HAND_RAISER));
    private static final SlaPolicy GRADE_A_HAND_RAISERS = policy("grade-a-hand-raisers", Duration.ofMinutes(30),
            Set.of(A), Set.of(), Set.of(HAND_RAISER));

    private final PolicySelector selector = new PolicySelector(List.of(DEFAULT, GRADE_A, GRADE_A_OR_B,
            PAID_SEARCH_LEADS, HAND_RAISERS, GRADE_A_HAND_RAISERS));

    @Test
    void fallsBackToTheDefaultWhenNothingElseMatches() {
        assertThat(selector.select(D, SOCIAL, MANUAL)).isEqualTo(DEFAULT);
        assertThat(selector.defaultPolicy()).isEqualTo(DEFAULT);
    }

    @Test
    void prefersTheNarrowerOfTwoPoliciesOnTheSameTrait() {
        assertThat(selector.select(A, EMAIL, SCORE_THRESHOLD)).isEqualTo(GRADE_A);
        assertThat(selector.select(B, EMAIL, SCORE_THRESHOLD)).isEqualTo(GRADE_A_OR_B);
    }

    @Test
    void prefersChannelOverGradeAndMqlReasonOverChannel() {
        assertThat(selector.select(A, PAID_SEARCH, SCORE_THRESHOLD)).isEqualTo(PAID_SEARCH_LEADS);
        assertThat(selector.select(C, PAID_SEARCH, HAND_RAISER)).isEqualTo(HAND_RAISERS);
    }

    @Test
    void prefersMoreRestrictedTraits() {
        assertThat(selector.select(A, PAID_SEARCH, HAND_RAISER)).isEqualTo(GRADE_A_HAND_RAISERS);
    }

    @Test
    void aLeadWithoutGradeOrMqlReasonMatchesOnlyPoliciesThatIgnoreThem() {
        assertThat(selector.select(null, EMAIL, null)).isEqualTo(DEFAULT);
        assertThat(selector.select(null, PAID_SEARCH, null)).isEqualTo(PAID_SEARCH_LEADS);
    }

    @Test
    void breaksFullTiesByTheStricterPolicyThenByIdWhateverTheOrder() {
        SlaPolicy slow = policy("a-slow", Duration.ofHours(4), Set.of(B), Set.of(), Set.of());
        SlaPolicy fast = policy("z-fast", Duration.ofHours(2), Set.of(B), Set.of(), Set.of());
        SlaPolicy fastToo = policy("y-fast", Duration.ofHours(2), Set.of(B), Set.of(), Set.of());
        List<SlaPolicy> policies = new ArrayList<>(List.of(DEFAULT, slow, fast, fastToo));

        for (int shuffle = 0; shuffle < 10; shuffle++) {
            Collections.shuffle(policies, new Random(shuffle));
            assertThat(new PolicySelector(policies).select(B, EMAIL, MANUAL)).isEqualTo(fastToo);
        }
    }

    @Test
    void rejectsASetWithoutExactlyOneDefault() {
        assertThat(PolicySelector.validate(List.of(GRADE_A))).containsExactly("policies has 0 default policies []; "
                + "exactly one must match every lead (no grades, channels or MQL reasons) so that every lead gets a "
                + "clock");
        assertThat(PolicySelector.validate(List.of(DEFAULT, everyLead("other", Duration.ofHours(2)))))
                .containsExactly("policies has 2 default policies [default, other]; exactly one must match every lead "
                        + "(no grades, channels or MQL reasons) so that every lead gets a clock");
    }

    @Test
    void listsTheProblemsOfEachPolicyAndRepeatedIds() {
        SlaPolicy broken = new SlaPolicy("grade-a", new MatchCriteria(Set.of(A), null, null), Duration.ZERO,
                TimeMode.BUSINESS, 0.5, null, null);

        assertThat(PolicySelector.validate(Arrays.asList(DEFAULT, null, GRADE_A, broken))).containsExactly(
                "policies[1] is required",
                "policies[3].acceptWithin is PT0S; it must be positive",
                "policies[3].id 'grade-a' is already used by policies[2]");
    }

    @Test
    void refusesToSelectFromAnInvalidSet() {
        assertThatThrownBy(() -> new PolicySelector(List.of(GRADE_A)))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(1));
    }
}
