package dev.leadbridge.benchmarks.kernels.attribution;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.MarkovModel;
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

/**
 * The Markov model over a batch of journeys, converting and not ({@link Journeys#mixed}: a quarter won), on one
 * thread; issue #8's target is 100,000 journeys in at most 5 s ({@link #fitAndCreditWonDeals}).
 * <ul>
 *   <li>{@link #fitChain}: learning the chain from every journey: state indexing, transition counts and the inverse
 *       of {@code I − Q};</li>
 *   <li>{@link #fitAndCreditWonDeals}: the attribution report under markov: the fit, then every won deal credited
 *       by removal effect, rounded exactly and totalled;</li>
 *   <li>{@link #floorReadJourneysSumAmounts}: the floor, {@link Crediting#readJourneysSumAmounts} over the same
 *       journeys, as in {@link AttributionBenchmarks}.</li>
 * </ul>
 * {@code groupBy} is the chain's states: the nine channels, or the {@value Journeys#CAMPAIGNS} campaigns (plus
 * "(none)"), where the O(S³) inverse starts to show. {@code journeys} shows growth from 10^4 to 10^5.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MarkovBenchmarks {

    private static final long SEED = 9L;

    @Param({"10000", "100000"})
    public int journeys;

    @Param({"CHANNEL", "CAMPAIGN"})
    public TouchDimension groupBy;

    private List<Journey> mixedJourneys;
    private long[] wonMinorUnits;

    @Setup(Level.Trial)
    public void generateJourneys() {
        mixedJourneys = Journeys.mixed(journeys, SEED);
        wonMinorUnits = Journeys.wonMinorUnits(mixedJourneys);
        Journeys.settleInOldGeneration();
    }

    @Benchmark
    public MarkovModel fitChain() {
        return MarkovModel.fit(mixedJourneys, groupBy);
    }

    @Benchmark
    public CreditTotals fitAndCreditWonDeals() {
        return Crediting.creditWonDeals(mixedJourneys, MarkovModel.fit(mixedJourneys, groupBy));
    }

    @Benchmark
    public long floorReadJourneysSumAmounts() {
        return Crediting.readJourneysSumAmounts(mixedJourneys, wonMinorUnits);
    }
}
