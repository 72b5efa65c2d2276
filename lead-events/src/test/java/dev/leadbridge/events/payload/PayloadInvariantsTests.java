package dev.leadbridge.events.payload;

import static dev.leadbridge.events.SamplePayloads.CAPTURED_AT;
import static dev.leadbridge.events.SamplePayloads.EUR;
import static dev.leadbridge.events.SamplePayloads.LEAD_ID;
import static dev.leadbridge.events.SamplePayloads.TIMER_ID;
import static dev.leadbridge.events.SamplePayloads.TOUCHPOINT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadbridge.events.SamplePayloads;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayloadInvariantsTests {

    @Test
    void missingRequiredFieldIsRefusedByName() {
        assertThatThrownBy(() -> new LeadAccepted(null, "rep-anna", "rep-anna", CAPTURED_AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("leadId is required");
        assertThatThrownBy(() -> new LeadAccepted(LEAD_ID, " ", "rep-anna", CAPTURED_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ownerId");
    }

    @Test
    void touchpointNeedsALeadOrAVisitor() {
        assertThatThrownBy(() -> new TouchpointRecorded(TOUCHPOINT_ID, null, " ", TouchpointType.PAGE_VIEW,
                CAPTURED_AT, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leadId or a visitorId");
    }

    @Test
    void queuedAssignmentHasNoOwnerAndADirectOneHasOne() {
        assertThatThrownBy(() -> assigned(true, "rep-anna")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assigned(false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(assigned(true, null).queued()).isTrue();
        assertThat(assigned(false, "rep-anna").ownerId()).isEqualTo("rep-anna");
    }

    @Test
    void leadEntersAsCapturedUnlessToldOtherwise() {
        assertThat(captured(null, null).entryStage()).isEqualTo(LifecycleStage.CAPTURED);
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStage.class, names = {"ASSIGNED", "ACCEPTED", "CONVERTED", "CLOSED_WON", "CLOSED_LOST"})
    void leadEnteringAtAStageOwnedBySalesNeedsAnOwner(LifecycleStage stage) {
        assertThat(stage.ownedBySales()).isTrue();
        assertThatThrownBy(() -> captured(stage, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stage.wire());
        assertThat(captured(stage, "rep-anna").ownerId()).isEqualTo("rep-anna");
    }

    @Test
    void durationsAreCutToWholeSecondsAndNeverNegative() {
        SlaBreached breached = breached(Duration.ofMinutes(90).plusMillis(999));

        assertThat(breached.lateness()).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> breached(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lateness");
    }

    @Test
    void moneyNeedsACurrencyAndIsNeverNegative() {
        assertThatThrownBy(() -> converted(new BigDecimal("100"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> converted(new BigDecimal("-0.01"), EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThat(converted(null, null).expectedAmount()).isNull();
    }

    @Test
    void escalationStepsCountFromOne() {
        assertThatThrownBy(() -> new SlaEscalated(LEAD_ID, TIMER_ID, "policy", null, null, 0,
                EscalationAction.NOTIFY_MANAGER, CAPTURED_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step");
    }

    @Test
    void companySizeIsPositive() {
        assertThatThrownBy(() -> new Company("Example GmbH", null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void everyRejectionReasonIsAlsoARecycleReason(RejectionReason rejection) {
        assertThat(RecycleReason.of(rejection).wire()).isEqualTo(rejection.wire());
    }

    @Test
    void recycleReasonsAreTheRejectionReasonsPlusDecay() {
        List<String> expected = new ArrayList<>(Arrays.stream(RejectionReason.values()).map(RejectionReason::wire)
                .toList());
        expected.add("decayed");

        assertThat(Arrays.stream(RecycleReason.values()).map(RecycleReason::wire)).containsExactlyElementsOf(expected);
    }

    @Test
    void collectionsAreImmutableCopiesOfWhatWasPassed() {
        Map<String, String> fields = new HashMap<>(Map.of("a", "1"));
        List<ScoreContribution> lines = new ArrayList<>(SamplePayloads.leadScored().score().breakdown());
        LeadCaptured lead = new LeadCaptured(LEAD_ID, CAPTURED_AT, new Person("jane@example.com", null, null, null,
                null), null, null, new Consent(false, null, null), LeadSource.of(Channel.DIRECT), null, null, null,
                null, fields);
        Score score = new Score(1, 1, 0, Grade.D, lines);

        fields.put("b", "2");
        lines.clear();

        assertThat(lead.customFields()).containsOnlyKeys("a");
        assertThat(score.breakdown()).hasSize(4);
        assertThatThrownBy(() -> lead.customFields().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static LeadAssigned assigned(boolean queued, String ownerId) {
        return new LeadAssigned(LEAD_ID, ownerId, "team-dach", queued, null, AssignmentReason.ROUND_ROBIN, Grade.B,
                Channel.SOCIAL, MqlReason.SCORE_THRESHOLD, CAPTURED_AT);
    }

    private static LeadCaptured captured(LifecycleStage stage, String ownerId) {
        return new LeadCaptured(LEAD_ID, CAPTURED_AT, new Person("jane@example.com", null, null, null, null), null,
                null, new Consent(false, null, null), LeadSource.of(Channel.EVENT), null, null, stage, ownerId, null);
    }

    private static SlaBreached breached(Duration lateness) {
        return new SlaBreached(LEAD_ID, TIMER_ID, "policy", null, null, CAPTURED_AT, CAPTURED_AT, lateness);
    }

    private static LeadConverted converted(BigDecimal amount, Currency currency) {
        return new LeadConverted(LEAD_ID, "rep-anna", "opp-1", amount, currency, CAPTURED_AT);
    }
}
