package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.qualification.domain.scoring.ModelComparison.Judgement;
import dev.leadbridge.qualification.domain.scoring.ModelComparison.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelComparisonTests {

    private static final Judgement A_MQL = new Judgement(80, Grade.A, true);
    private static final Judgement B_MQL = new Judgement(65, Grade.B, true);
    private static final Judgement C_NOT = new Judgement(40, Grade.C, false);

    @Test
    void countsMqlsAgreementAndGradeMovesOfBothModels() {
        ModelComparison comparison = new ModelComparison();
        comparison.add(A_MQL, A_MQL, Outcome.UNKNOWN);
        comparison.add(B_MQL, C_NOT, Outcome.UNKNOWN);
        comparison.add(C_NOT, B_MQL, Outcome.UNKNOWN);
        comparison.add(C_NOT, C_NOT, Outcome.UNKNOWN);

        ModelComparison.Report report = comparison.report();

        assertThat(report.leads()).isEqualTo(4);
        assertThat(report.live().mqls()).isEqualTo(2);
        assertThat(report.draft().mqls()).isEqualTo(2);
        assertThat(report.agreeing()).isEqualTo(2);
        assertThat(report.agreement()).isEqualTo(0.5);
        assertThat(report.gradeChanges()).isEqualTo(Map.of("B→C", 1, "C→B", 1));
    }

    @Test
    void eachModelsRatesCountOnlyTheLeadsItWouldMakeMqlsWithAKnownOutcome() {
        ModelComparison comparison = new ModelComparison();
        comparison.add(A_MQL, A_MQL, new Outcome(true, true));
        comparison.add(B_MQL, C_NOT, new Outcome(false, null));
        comparison.add(B_MQL, C_NOT, new Outcome(false, null));
        comparison.add(C_NOT, B_MQL, new Outcome(true, false));
        comparison.add(A_MQL, A_MQL, Outcome.UNKNOWN);

        ModelComparison.Report report = comparison.report();

        assertThat(report.live()).isEqualTo(new ModelComparison.ModelFigures(4, 1, 2, 0.3333, 1, 0, 1.0));
        assertThat(report.draft()).isEqualTo(new ModelComparison.ModelFigures(3, 2, 0, 1.0, 1, 1, 0.5));
    }

    @Test
    void withoutLeadsThereAreNoRatesRatherThanZeroes() {
        ModelComparison.Report report = new ModelComparison().report();

        assertThat(report.leads()).isZero();
        assertThat(report.agreement()).isNull();
        assertThat(report.live().acceptanceRate()).isNull();
        assertThat(report.draft().winRate()).isNull();
    }
}
