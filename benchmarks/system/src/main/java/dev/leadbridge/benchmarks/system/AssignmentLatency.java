package dev.leadbridge.benchmarks.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Capture → {@code lead.assigned}: strong leads posted to intake at a fixed rate (open loop), each one's latency taken
 * from the events themselves: {@code LeadAssigned.assignedAt − LeadCaptured.capturedAt}. Both are set inside the
 * writing transactions (intake's and qualification's), so the figure covers intake's commit, the outbox relay, Kafka,
 * qualification's consumer, scoring, MQL and routing, but not the publication of the assignment itself; that is the
 * second figure, up to the assignment record's Kafka timestamp.
 */
final class AssignmentLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    /**
     * @param load        the intake load that produced the leads
     * @param leads       leads intake accepted
     * @param assigned    of those, leads with both events found
     * @param queued      of those, leads queued instead of given to a rep
     * @param eventTimes  assignedAt − capturedAt, microseconds
     * @param toPublished assignment record timestamp − capturedAt, microseconds
     * @param assignedPerSecond assignments per second from the first to the last assignedAt: qualification's pace
     * @param waitedAfterLoad   how long the phase waited for assignments after the load ended; leads not assigned
     *                          by then are missing from the histograms (their latency is longer than any in them)
     */
    record Result(LoadResult load, int leads, int assigned, long queued, Histogram eventTimes,
                  Histogram toPublished, double assignedPerSecond, Duration waitedAfterLoad) {
    }

    private AssignmentLatency() {
    }

    static Result measure(LoadGenerator generator, LoadTarget intake, String bootstrapServers, int rate,
                          Duration duration, Duration collectTimeout) {
        Set<String> leadIds = ConcurrentHashMap.newKeySet();
        try (LeadEventCollector collector = new LeadEventCollector(bootstrapServers)) {
            LoadResult load = generator.openLoop(intake, rate, duration, body -> leadIds.add(leadId(body)));
            Map<String, LeadEventCollector.Assignment> found = collector.collect(leadIds, collectTimeout);
            Histogram eventTimes = new Histogram(MAX_MICROS, 3);
            Histogram toPublished = new Histogram(MAX_MICROS, 3);
            found.values().forEach(assignment -> {
                eventTimes.recordValue(micros(Duration.between(assignment.capturedAt(), assignment.assignedAt())));
                toPublished.recordValue(micros(Duration.between(assignment.capturedAt(),
                        assignment.assignmentPublishedAt())));
            });
            long queued = found.values().stream().filter(LeadEventCollector.Assignment::queued).count();
            return new Result(load, leadIds.size(), found.size(), queued, eventTimes, toPublished,
                    assignedPerSecond(found.values()), collectTimeout);
        }
    }

    private static double assignedPerSecond(Collection<LeadEventCollector.Assignment> assignments) {
        Optional<Instant> first = assignments.stream().map(LeadEventCollector.Assignment::assignedAt)
                .min(Comparator.naturalOrder());
        Optional<Instant> last = assignments.stream().map(LeadEventCollector.Assignment::assignedAt)
                .max(Comparator.naturalOrder());
        if (first.isEmpty() || !last.get().isAfter(first.get())) {
            return 0;
        }
        return (assignments.size() - 1) / (Duration.between(first.get(), last.get()).toNanos() / 1e9);
    }

    private static long micros(Duration duration) {
        // clocks of one machine; a negative gap can only be rounding of the millisecond record timestamp
        return Math.min(Math.max(0, duration.toNanos() / 1000), MAX_MICROS);
    }

    private static String leadId(String captureAnswer) {
        try {
            return JSON.readTree(captureAnswer).get("leadId").asText();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("capture answer without a leadId: " + captureAnswer, e);
        }
    }
}
