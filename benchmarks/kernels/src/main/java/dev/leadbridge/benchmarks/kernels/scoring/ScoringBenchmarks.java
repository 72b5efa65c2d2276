package dev.leadbridge.benchmarks.kernels.scoring;

import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.EngagementRule;
import dev.leadbridge.qualification.domain.scoring.MqlDecision;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Leads scored per second on one thread (so per core) with the {@link FiftyRuleModel 50-rule model} and
 * {@value ScoredLeads#TOUCHPOINTS_PER_LEAD} touchpoints per lead; issue #8's target is at least 100,000 a second.
 * Each operation scores the next lead of a pool of {@value #POOL_SIZE}, so one lead's profile cannot be learnt by
 * the branch predictor.
 * <ul>
 *   <li>{@link #scoreLead}: the kernel, a {@link Scorer} validated once, as re-scoring after a model publish would use
 *       it: fit, negative rules, decayed engagement and the explanation of every point.</li>
 *   <li>{@link #scoreAndDecideAsLeadScoringDoes}: what the qualification service does per re-score (LeadScoring): the
 *       score, with the scorer ScoringModels validated once for the model version in use, then the MQL decision.
 *       Validating the model for every lead, as LeadScoring once did, halved this figure.</li>
 *   <li>{@link #floorSumTouchpointPoints}: the floor. It reads the same 20 touchpoints of the same lead and sums each
 *       type's undecayed points from an array: no decay, no caps, no de-duplication, no explanation, no allocation.
 *       The kernel's time as a multiple of it says how much scoring costs beyond touching a lead's data.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScoringBenchmarks {

    static final int POOL_SIZE = 1024;
    private static final long SEED = 20261125L;

    private final ScoringModel model = FiftyRuleModel.MODEL;
    private ScoredLeads leads;
    private Scorer scorer;
    private int[] pointsByType;
    private int next;

    @Setup(Level.Trial)
    public void generateLeads() {
        leads = ScoredLeads.generate(POOL_SIZE, SEED);
        scorer = Scorer.forModel(model);
        pointsByType = pointsByType(model.engagement());
    }

    @Benchmark
    public Scorecard scoreLead() {
        int lead = nextLead();
        return scorer.score(leads.profile(lead), leads.touchpoints(lead), ScoredLeads.SCORED_AT);
    }

    @Benchmark
    public MqlDecision scoreAndDecideAsLeadScoringDoes() {
        int lead = nextLead();
        List<EngagementEvent> touchpoints = leads.touchpoints(lead);
        Scorecard card = scorer.score(leads.profile(lead), touchpoints, ScoredLeads.SCORED_AT);
        return model.mql().decide(card, touchpoints, Instant.EPOCH);
    }

    @Benchmark
    public int floorSumTouchpointPoints() {
        int total = 0;
        for (EngagementEvent event : leads.touchpoints(nextLead())) {
            if (!event.occurredAt().isAfter(ScoredLeads.SCORED_AT)) {
                total += pointsByType[event.type().ordinal()];
            }
        }
        return total;
    }

    private int nextLead() {
        next = (next + 1) & (POOL_SIZE - 1);
        return next;
    }

    private static int[] pointsByType(List<EngagementRule> rules) {
        int[] points = new int[TouchpointType.values().length];
        rules.forEach(rule -> points[rule.type().ordinal()] = rule.points());
        return points;
    }
}
