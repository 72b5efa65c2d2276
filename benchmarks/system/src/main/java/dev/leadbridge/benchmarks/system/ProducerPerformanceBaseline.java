package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's own ceiling on this machine: Kafka's producer performance tool
 * ({@code org.apache.kafka.tools.ProducerPerformance}) in its own JVM against the system's broker, 1 KiB records,
 * {@code acks=all}, as fast as it can, to a topic with as many partitions as the LeadBridge topics.
 */
final class ProducerPerformanceBaseline {

    static final String TOPIC = "benchmark.producer-performance";
    static final int RECORD_SIZE = 1024;
    private static final int PARTITIONS = 6;
    /** The tool's summary line: "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency, …". */
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency(?:, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th)?");

    /** The tool's summary, and its full line as printed. */
    record Result(long records, double recordsPerSecond, double megabytesPerSecond, double averageLatencyMillis,
                  double maxLatencyMillis, String p50Millis, String p99Millis, String summaryLine) {
    }

    private ProducerPerformanceBaseline() {
    }

    static Result run(KafkaBroker broker, int records, Path logFile) {
        broker.createTopics(List.of(TOPIC), PARTITIONS);
        List<String> command = List.of(javaExecutable(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC,
                "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(RECORD_SIZE),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + broker.bootstrapServers(), "acks=all");
        try {
            Process tool = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            if (!tool.waitFor(10, TimeUnit.MINUTES)) {
                tool.destroyForcibly();
                throw new IllegalStateException("producer performance tool did not finish; see " + logFile);
            }
            return summary(Files.readAllLines(logFile))
                    .orElseThrow(() -> new IllegalStateException("no summary from the producer performance tool"
                            + " (exit " + tool.exitValue() + "); see " + logFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the producer performance tool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The final summary: the only line with percentiles (interim lines every few seconds have none). */
    private static Optional<Result> summary(List<String> output) {
        Result last = null;
        for (String line : output) {
            Matcher matcher = SUMMARY.matcher(line);
            if (matcher.find() && matcher.group(6) != null) {
                last = new Result(Long.parseLong(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                        Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4)),
                        Double.parseDouble(matcher.group(5)), String.valueOf(matcher.group(6)),
                        String.valueOf(matcher.group(8)), line.trim());
            }
        }
        return Optional.ofNullable(last);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
