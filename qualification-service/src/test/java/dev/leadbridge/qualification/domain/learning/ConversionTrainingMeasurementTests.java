package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Trained;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long training the conversion model on 100,000 labelled leads takes on one core (the fit is single-threaded),
 * beside the floor of merely encoding the same leads, and what predicting a lead's chances adds to scoring it,
 * beside the scoring, each measured in the same run. Prints, does not assert:
 * {@code ./mvnw verify -pl qualification-service -am -Pmeasurement -Dtest=ConversionTrainingMeasurementTests
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("measurement")
class ConversionTrainingMeasurementTests {

    private static final int LEADS = Integer.getInteger("leadbridge.measurement.training-leads", 100_000);
    private static final int ROUNDS = 3;

    @Test
    void trainingOnAHundredThousandOutcomes() {
        List<SyntheticHistory.Lead> history = SyntheticHistory.generate(LEADS, 21);
        Random noise = new Random(22);
        List<Labelled> labelled = history.stream()
                .map(lead -> new Labelled(lead.signals(noise.nextGaussian() * 10, noise.nextGaussian() * 10),
                        lead.accepted()))
                .toList();
        ConversionTraining.Options options = new ConversionTraining.Options(40, 0.25, 11, 1.0, 20);
        StratifiedSplit split = StratifiedSplit.of(labelled.stream().mapToInt(Labelled::outcome).toArray(), 0.25,
                options.seed());
        double truthAuc = Evaluation.auc(split.holdOut().stream().mapToDouble(i -> history.get(i).trueProbability())
                .toArray(), split.holdOut().stream().mapToInt(i -> history.get(i).accepted()).toArray());
        for (int round = 1; round <= ROUNDS; round++) {
            long floorStart = System.nanoTime();
            FeatureEncoding encoding = FeatureEncoding.learn(labelled.stream().map(Labelled::example).toList(), 20);
            double checksum = 0;
            for (Labelled lead : labelled) {
                checksum += encoding.encode(lead.example())[0];
            }
            long floor = System.nanoTime() - floorStart;
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            Trained trained = (Trained) ConversionTraining.train(labelled, options);
            long took = System.nanoTime() - start;
            System.out.printf("TRAINING round %d: %d outcomes (%d features) in %d ms, %d Newton steps; learning the "
                            + "encoding and encoding them alone %d ms; ratio %.1f; heap grew %d MiB; hold-out AUC "
                            + "%.4f (the truth's own %.4f), log loss %.4f (base rate's %.4f); checksum %.1f%n", round, LEADS,
                    trained.model().model().features(), Duration.ofNanos(took).toMillis(), trained.iterations(),
                    Duration.ofNanos(floor).toMillis(), (double) took / floor, (usedHeap() - heapBefore) >> 20,
                    trained.holdOut().auc(), truthAuc, trained.holdOut().logLoss(), trained.holdOut().baseRateLogLoss(),
                    checksum);
        }
    }

    /**
     * What predicting costs the scoring path per lead (computing the lead's signals, both models' probabilities and
     * their five largest factors), beside the rule-based scoring of the same lead as the baseline, in the same run.
     */
    @Test
    void predictingEachLeadsChancesBesideScoringIt() {
        List<SyntheticHistory.Lead> history = SyntheticHistory.generate(LEADS, 23);
        ConversionTraining.Options options = new ConversionTraining.Options(40, 0.25, 11, 1.0, 20);
        ConversionModel accept = ((Trained) ConversionTraining.train(history.stream()
                .map(lead -> new Labelled(lead.signals(0, 0), lead.accepted())).toList(), options)).model();
        ConversionPredictors predictors = new ConversionPredictors(new ConversionPredictors.InUse(1, accept),
                new ConversionPredictors.InUse(2, accept));
        ScoringModel rules = ScoringModel.defaultModel();
        Scorer scorer = Scorer.forModel(rules);
        for (int round = 1; round <= ROUNDS; round++) {
            long[] scoring = new long[history.size()];
            long[] predicting = new long[history.size()];
            double checksum = 0;
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            for (int i = 0; i < history.size(); i++) {
                SyntheticHistory.Lead lead = history.get(i);
                long scoreStart = System.nanoTime();
                Scorecard card = scorer.score(lead.profile(), lead.touchpoints(), lead.mqlAt());
                long predictStart = System.nanoTime();
                ConversionOutlook outlook = predictors.predict(LeadSignals.of(lead.profile(), lead.channel(), null,
                        lead.touchpoints(), rules.freeMailDomains(), card.score().fit(), card.score().engagement(),
                        lead.mqlAt()));
                long end = System.nanoTime();
                scoring[i] = predictStart - scoreStart;
                predicting[i] = end - predictStart;
                checksum += outlook.pAccept().probability() + card.total();
            }
            long took = System.nanoTime() - start;
            long heapGrew = (usedHeap() - heapBefore) >> 20;
            Arrays.sort(scoring);
            Arrays.sort(predicting);
            System.out.printf("PREDICTION round %d: %d leads in %d ms; per lead scoring p50 %.1f µs p99 %.1f µs, "
                            + "predicting both outcomes p50 %.1f µs p99 %.1f µs; ratio of totals %.2f; heap grew "
                            + "%d MiB; checksum %.1f%n", round, history.size(), Duration.ofNanos(took).toMillis(),
                    micros(scoring, 0.5), micros(scoring, 0.99), micros(predicting, 0.5), micros(predicting, 0.99),
                    (double) LongStream.of(predicting).sum() / LongStream.of(scoring).sum(), heapGrew, checksum);
        }
    }

    /** The nearest-rank percentile of sorted nanoseconds, in microseconds. */
    private static double micros(long[] sortedNanos, double percentile) {
        int rank = (int) Math.ceil(percentile * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1_000.0;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
