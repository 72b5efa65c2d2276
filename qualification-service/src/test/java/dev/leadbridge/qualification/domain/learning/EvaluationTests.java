package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTests {

    @Test
    void aucMatchesScikitLearnsDocumentedExample() {
        // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75 in scikit-learn's documentation
        assertThat(Evaluation.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1})).isEqualTo(0.75);
    }

    @Test
    void tiedPredictionsCountAHalfAndOneKindOfOutcomeHasNoAuc() {
        assertThat(Evaluation.auc(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {0, 1, 0, 1})).isEqualTo(0.5);
        assertThat(Evaluation.auc(new double[] {0.2, 0.2, 0.9}, new int[] {0, 1, 1})).isEqualTo(0.75);
        assertThat(Evaluation.auc(new double[] {0.2, 0.9}, new int[] {1, 1})).isNull();
    }

    @Test
    void logLossMatchesScikitLearnsDocumentedExample() {
        // log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]) == 0.21616...
        assertThat(Evaluation.logLoss(new double[] {0.9, 0.1, 0.2, 0.65}, new int[] {1, 0, 0, 1}))
                .isCloseTo(0.21616, within(1e-5));
    }

    @Test
    void calibrationBinsByPredictedProbabilityAndComparesWithWhatHappened() {
        double[] predicted = {0.05, 0.08, 0.55, 0.58, 0.95, 1.0};
        int[] actual = {0, 0, 1, 0, 1, 1};

        List<Evaluation.CalibrationBin> bins = Evaluation.calibration(predicted, actual, 10);

        assertThat(bins).hasSize(10);
        assertThat(bins.get(0).examples()).isEqualTo(2);
        assertThat(bins.get(0).actual()).isEqualTo(0.0);
        assertThat(bins.get(5).predicted()).isCloseTo(0.565, within(1e-9));
        assertThat(bins.get(5).actual()).isEqualTo(0.5);
        assertThat(bins.get(9).examples()).as("1.0 falls in the last bin").isEqualTo(2);
        assertThat(bins.get(3).predicted()).isNull();
    }

    @Test
    void theBaseRateIsTheFloorAModelMustBeat() {
        Evaluation.Metrics metrics = Evaluation.evaluate(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1},
                10);

        assertThat(metrics.baseRate()).isEqualTo(0.5);
        assertThat(metrics.baseRateLogLoss()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(metrics.logLoss()).isLessThan(metrics.baseRateLogLoss());
        assertThat(metrics.auc()).isEqualTo(1.0);
    }
}
