package dev.leadbridge.benchmarks.kernels.privacy;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.privacy.PersonalDataKey;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What intake pays per capture for crypto-shredding: sealing the person's seven values (AES-256-GCM, a fresh nonce
 * each) before writing the event to its outbox, beside the floor of writing the same capture unsealed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SealingBenchmarks {

    private final LeadCaptured captured = Captures.typical();
    private final PersonalDataKey key = PersonalDataKey.generate();

    @Benchmark
    public String floorWriteCapture() {
        return EventJson.write(captured);
    }

    @Benchmark
    public String sealAndWriteCapture() {
        return EventJson.write(PersonalData.seal(captured, key));
    }
}
