package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.events.payload.ConversionFactor;
import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Trained;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lead scored is told its chances under the models in use, named by version and explained by its factors. */
class ConversionPredictorsTests {

    private static final ConversionTraining.Options OPTIONS = new ConversionTraining.Options(40, 0.25, 3, 1.0, 20);
    private static final List<SyntheticHistory.Lead> HISTORY = SyntheticHistory.generate(4_000, 21);
    private static final ConversionModel ACCEPT = trained(HISTORY.stream()
            .map(lead -> new Labelled(lead.signals(0, 0), lead.accepted())).toList());

    @Test
    void predictsWithTheModelInUseAndNamesItsVersionAndLargestFactorsRounded() {
        SyntheticHistory.Lead vp = HISTORY.stream()
                .filter(lead -> lead.profile().jobTitle().startsWith("VP")).findFirst().orElseThrow();
        ConversionPredictors predictors = new ConversionPredictors(new ConversionPredictors.InUse(7, ACCEPT), null);

        ConversionOutlook outlook = predictors.predict(vp.signals(0, 0));

        ConversionPrediction pAccept = outlook.pAccept();
        assertThat(pAccept.modelVersion()).isEqualTo(7);
        assertThat(pAccept.probability()).isCloseTo(ACCEPT.probability(vp.signals(0, 0)), within(0.00005));
        assertThat(pAccept.probability() * 10_000).isCloseTo(Math.rint(pAccept.probability() * 10_000),
                within(1e-6));
        assertThat(pAccept.topFactors()).hasSize(ConversionPredictors.TOP_FACTORS)
                .extracting(ConversionFactor::feature).contains("seniority=vp");
        assertThat(pAccept.topFactors()).extracting(factor -> Math.abs(factor.contribution()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(outlook.pWin()).as("no win model learned yet").isNull();
    }

    @Test
    void withoutAnyModelNothingIsPredicted() {
        assertThat(ConversionPredictors.NONE.predict(HISTORY.get(0).signals(0, 0))).isEqualTo(ConversionOutlook.NONE);
        assertThat(ConversionOutlook.NONE.isEmpty()).isTrue();
    }

    private static ConversionModel trained(List<Labelled> labelled) {
        return ((Trained) ConversionTraining.train(labelled, OPTIONS)).model();
    }
}
