package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Trained;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conversion model learns what sales values from outcomes drawn from a known truth ({@link SyntheticHistory}):
 * it ranks held-out leads almost as well as the truth itself and orders the effects as the truth does.
 */
class ConversionTrainingTests {

    private static final ConversionTraining.Options OPTIONS = new ConversionTraining.Options(40, 0.25, 11, 1.0, 20);

    @Test
    void rankingHeldOutLeadsAlmostAsWellAsTheTruthAndOrderingTheEffectsAsTheTruthDoes() {
        List<SyntheticHistory.Lead> history = SyntheticHistory.generate(20_000, 5);
        Random noise = new Random(9);
        List<Labelled> labelled = history.stream()
                .map(lead -> new Labelled(lead.signals(noise.nextGaussian() * 10, noise.nextGaussian() * 10),
                        lead.accepted()))
                .toList();

        Trained trained = (Trained) ConversionTraining.train(labelled, OPTIONS);

        StratifiedSplit split = StratifiedSplit.of(labelled.stream().mapToInt(Labelled::outcome).toArray(), 0.25,
                OPTIONS.seed());
        double truthAuc = Evaluation.auc(split.holdOut().stream().mapToDouble(i -> history.get(i).trueProbability())
                .toArray(), split.holdOut().stream().mapToInt(i -> history.get(i).accepted()).toArray());
        System.out.printf("CONVERSION MODEL on %d held-out leads: AUC %.4f, the truth's own %.4f; log loss %.4f, "
                        + "base rate's %.4f%n", trained.holdOut().examples(), trained.holdOut().auc(), truthAuc,
                trained.holdOut().logLoss(), trained.holdOut().baseRateLogLoss());
        assertThat(trained.converged()).isTrue();
        assertThat(trained.holdOut().auc()).isGreaterThan(truthAuc - 0.03);
        assertThat(trained.holdOut().logLoss()).isLessThan(trained.holdOut().baseRateLogLoss());
        Map<String, Double> weights = weights(trained.model());
        assertThat(List.of("seniority=c-level", "seniority=vp", "seniority=director", "seniority=manager",
                "seniority=individual", "seniority=student"))
                .isSortedAccordingTo((a, b) -> Double.compare(weights.get(b), weights.get(a)));
        assertThat(List.of("industry=software", "industry=finance", "industry=manufacturing", "industry=retail",
                "industry=education"))
                .isSortedAccordingTo((a, b) -> Double.compare(weights.get(b), weights.get(a)));
        assertThat(weights.get("email=free")).isLessThan(weights.get("email=other-business"));
        assertThat(Math.abs(weights.get("function=marketing") - weights.get("function=sales")))
                .as("no effect in the truth").isLessThan(0.15);
        assertThat(weights.get("count.demo_request")).isGreaterThan(Math.abs(weights.get("count.page_view")) * 3);
    }

    @Test
    void aLeadsFactorsNameWhatPushesItsProbabilityAwayFromTheAverageLead() {
        List<SyntheticHistory.Lead> history = SyntheticHistory.generate(5_000, 6);
        List<Labelled> labelled = history.stream().map(lead -> new Labelled(lead.signals(0, 0), lead.accepted()))
                .toList();
        ConversionModel model = ((Trained) ConversionTraining.train(labelled, OPTIONS)).model();
        SyntheticHistory.Lead student = history.stream()
                .filter(lead -> lead.profile().jobTitle().equals("Sales Intern")).findFirst().orElseThrow();

        ConversionModel.Prediction prediction = model.predict(student.signals(0, 0), 3);

        assertThat(prediction.probability()).isCloseTo(student.trueProbability(), within(0.1));
        assertThat(prediction.topFactors()).hasSize(3);
        assertThat(prediction.topFactors().get(0).feature()).isEqualTo("seniority=student");
        assertThat(prediction.topFactors().get(0).contribution()).isNegative();
    }

    @Test
    void belowTheMinimumOfOutcomesOfEachKindItDoesNotTrain() {
        List<Labelled> labelled = new ArrayList<>();
        SyntheticHistory.generate(100, 7).forEach(lead -> labelled.add(new Labelled(lead.signals(0, 0), 1)));
        SyntheticHistory.generate(39, 8).forEach(lead -> labelled.add(new Labelled(lead.signals(0, 0), 0)));

        assertThat(ConversionTraining.train(labelled, OPTIONS))
                .isEqualTo(new ConversionTraining.NotEnoughOutcomes(100, 39, 40));
    }

    @Test
    void theSameOutcomesAndSeedTrainTheSameModel() {
        List<Labelled> labelled = SyntheticHistory.generate(2_000, 12).stream()
                .map(lead -> new Labelled(lead.signals(0, 0), lead.accepted())).toList();

        assertThat(((Trained) ConversionTraining.train(labelled, OPTIONS)).model())
                .isEqualTo(((Trained) ConversionTraining.train(labelled, OPTIONS)).model());
    }

    private static Map<String, Double> weights(ConversionModel model) {
        double[] weights = model.model().weights();
        List<FeatureEncoding.Feature> features = model.encoding().features();
        return java.util.stream.IntStream.range(0, weights.length).boxed()
                .collect(Collectors.toMap(j -> features.get(j).name(), j -> weights[j]));
    }
}
