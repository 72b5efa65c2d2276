package dev.leadbridge.benchmarks.kernels.attribution;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.RuleModel;
import dev.leadbridge.attribution.domain.model.TimeDecayModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule-based attribution models crediting every won deal of a batch of journeys of
 * {@value Journeys#TOUCHES_PER_JOURNEY} touches, on one thread; issue #8's target is all seven models over 1,000,000
 * journeys in at most 10 s ({@link #allSevenRuleModels}). Each shot credits the whole batch once, as a report does,
 * so the mode is single-shot time; the batch is generated (seeded) in the setup and never in a measured shot.
 * <ul>
 *   <li>one benchmark per model: {@link Crediting#creditWonDeals} under it, weights, exact rounding and the
 *       per-channel and per-campaign totals included;</li>
 *   <li>{@link #allSevenRuleModels}: the seven one after the other, the figure;</li>
 *   <li>{@link #floorReadJourneysSumAmounts}: the floor, {@link Crediting#readJourneysSumAmounts}: touching the same
 *       journeys without crediting them. A model's time divided by it is how many passes over the data the model's
 *       own arithmetic and allocation are worth.</li>
 * </ul>
 * The {@code journeys} parameter shows growth from 10^4 to 10^6. At 10^4 a shot lasts milliseconds, so it still
 * carries some just-in-time compilation and timer noise; the growth is best read from 10^5 up. The heap (4 GB) is
 * sized for 10^6 journeys, about 950 MiB live, so that garbage collection stays young-generation only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AttributionBenchmarks {

    private static final long SEED = 8L;

    @Param({"10000", "100000", "1000000"})
    public int journeys;

    private List<Journey> wonJourneys;
    private long[] wonMinorUnits;

    @Setup(Level.Trial)
    public void generateJourneys() {
        wonJourneys = Journeys.won(journeys, SEED);
        wonMinorUnits = Journeys.wonMinorUnits(wonJourneys);
        Journeys.settleInOldGeneration();
    }

    @Benchmark
    public CreditTotals firstTouch() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.FIRST_TOUCH);
    }

    @Benchmark
    public CreditTotals lastTouch() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.LAST_TOUCH);
    }

    @Benchmark
    public CreditTotals linear() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.LINEAR);
    }

    @Benchmark
    public CreditTotals timeDecay() {
        return Crediting.creditWonDeals(wonJourneys, new TimeDecayModel());
    }

    @Benchmark
    public CreditTotals uShaped() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.U_SHAPED);
    }

    @Benchmark
    public CreditTotals wShaped() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.W_SHAPED);
    }

    @Benchmark
    public CreditTotals fullPath() {
        return Crediting.creditWonDeals(wonJourneys, RuleModel.FULL_PATH);
    }

    /** Fewer warm-up shots than the single models: each shot already runs the seven models once. */
    @Benchmark
    @Warmup(iterations = 3)
    public void allSevenRuleModels(Blackhole results) {
        for (AttributionModel model : Crediting.RULE_MODELS) {
            results.consume(Crediting.creditWonDeals(wonJourneys, model));
        }
    }

    @Benchmark
    public long floorReadJourneysSumAmounts() {
        return Crediting.readJourneysSumAmounts(wonJourneys, wonMinorUnits);
    }
}
