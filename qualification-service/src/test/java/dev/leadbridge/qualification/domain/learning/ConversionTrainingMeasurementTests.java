package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Trained;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long training the conversion model on 100,000 labelled leads takes on one core (the fit is single-threaded),
 * beside the floor of merely encoding the same leads, measured in the same run. Prints, does not assert:
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

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
