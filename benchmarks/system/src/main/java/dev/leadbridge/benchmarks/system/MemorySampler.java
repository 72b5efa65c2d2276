package dev.leadbridge.benchmarks.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the resident memory of the measured processes once a second while load runs and keeps each one's highest
 * sample: the peak. A one-second period can miss a short spike; the JVMs' heaps are capped, so spikes are bounded.
 */
final class MemorySampler implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** @param pids process id by the name printed in the results, in print order */
    MemorySampler(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
    }

    /** Resident bytes of each process now (-1 for one that is gone). */
    Map<String, Long> now() {
        Map<String, Long> resident = new LinkedHashMap<>();
        pids.forEach((name, pid) -> resident.put(name, ResidentMemory.of(pid).orElse(-1)));
        return resident;
    }

    void start() {
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    /** The highest sample of each process since {@link #start()}. */
    Map<String, Long> peaks() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        pids.keySet().forEach(name -> ordered.put(name, peaks.getOrDefault(name, -1L)));
        return ordered;
    }

    private void sample() {
        now().forEach((name, bytes) -> peaks.merge(name, bytes, Math::max));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
