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
 * What qualification pays per capture for crypto-shredding once it holds the lead's key: reading the sealed event
 * and opening the person's values, beside the floor of reading the same capture unsealed. (Fetching the key from
 * intake is one HTTP round trip on top, measured with the running system, not here.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class OpeningBenchmarks {

    private final PersonalDataKey key = PersonalDataKey.generate();
    private final String plain = EventJson.write(Captures.typical());
    private final String sealed = EventJson.write(PersonalData.seal(Captures.typical(), key));

    @Benchmark
    public LeadCaptured floorReadCapture() {
        return EventJson.read(plain, LeadCaptured.class);
    }

    @Benchmark
    public LeadCaptured readAndOpenCapture() {
        return PersonalData.open(EventJson.read(sealed, LeadCaptured.class), key);
    }
}
