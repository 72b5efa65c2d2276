package dev.leadbridge.benchmarks.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Posts lead bodies with {@link HttpClient} (HTTP/1.1, keep-alive), in two ways:
 * <ul>
 *   <li><b>closed loop</b>: N clients, each sending its next request when the previous one is answered: the most the
 *   endpoint serves at that concurrency;</li>
 *   <li><b>open loop</b>: requests at a fixed rate whatever the answers do, each one's latency counted from the time it
 *   was due to be sent, so a stalled server shows in the percentiles instead of slowing the load down (no coordinated
 *   omission).</li>
 * </ul>
 * The generator runs on the same machine as the system: its own CPU use is part of every figure.
 */
final class LoadGenerator {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);
    /** Beyond this many requests in flight the endpoint is saturated; later requests wait (and their wait counts). */
    private static final int MAX_IN_FLIGHT = 1024;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final LeadBodies bodies = new LeadBodies();

    LoadResult closedLoop(LoadTarget target, int clients, Duration duration) {
        Histogram latencies = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
        Outcomes outcomes = new Outcomes();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> sendUntil(target, end, latencies, outcomes), "closed-loop-client-" + i);
            thread.start();
            threads.add(thread);
        }
        threads.forEach(LoadGenerator::join);
        return new LoadResult(target.name(), "closed, " + clients + " clients", 0,
                Duration.ofNanos(System.nanoTime() - start), outcomes, latencies);
    }

    LoadResult openLoop(LoadTarget target, int ratePerSecond, Duration duration) {
        return openLoop(target, ratePerSecond, duration, acceptedBody -> { });
    }

    /** As {@link #openLoop(LoadTarget, int, Duration)}, handing the body of every 202 answer to {@code accepted}. */
    LoadResult openLoop(LoadTarget target, int ratePerSecond, Duration duration, Consumer<String> accepted) {
        Histogram latencies = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
        Outcomes outcomes = new Outcomes();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicLong lastAnswer = new AtomicLong();
        long requests = ratePerSecond * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long start = System.nanoTime();
        for (long i = 0; i < requests; i++) {
            long due = start + i * interval;
            parkUntil(due);
            inFlight.acquireUninterruptibly();
            client.sendAsync(target.request(bodies.nextStrongLead()), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        long answered = System.nanoTime();
                        try {
                            record(latencies, answered - due);
                            lastAnswer.accumulateAndGet(answered, Math::max);
                            if (outcomes.count(response, failure)) {
                                accepted.accept(response.body());
                            }
                        } finally {
                            inFlight.release();
                        }
                    });
        }
        awaitAnswers(inFlight);
        long finished = Math.max(lastAnswer.get(), start + duration.toNanos());
        return new LoadResult(target.name(), "open, " + ratePerSecond + "/s", ratePerSecond,
                Duration.ofNanos(finished - start), outcomes, latencies);
    }

    private void sendUntil(LoadTarget target, long end, Histogram latencies, Outcomes outcomes) {
        while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(target.request(bodies.nextStrongLead()),
                        HttpResponse.BodyHandlers.ofString());
                record(latencies, System.nanoTime() - sent);
                outcomes.count(response, null);
            } catch (IOException e) {
                record(latencies, System.nanoTime() - sent);
                outcomes.count(null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void record(Histogram latencies, long nanos) {
        latencies.recordValue(Math.min(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)), MAX_LATENCY_MICROS));
    }

    /** Sleeps until the due time; a late start sends at once (the lateness is counted in its latency). */
    private static void parkUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void awaitAnswers(Semaphore inFlight) {
        try {
            if (!inFlight.tryAcquire(MAX_IN_FLIGHT, DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.out.println("[benchmark] some requests still unanswered after " + DRAIN_TIMEOUT);
                return;
            }
            inFlight.release(MAX_IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
