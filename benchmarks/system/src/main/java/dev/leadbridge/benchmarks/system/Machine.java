package dev.leadbridge.benchmarks.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the figures were measured on: absolute figures mean little without it. */
public record Machine(int cores, long physicalMemoryBytes, long benchmarkJvmMaxHeapBytes, String java, String os,
                      Instant date) {

    public static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), physicalMemory(),
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The three load averages of /proc/loadavg: other work on the machine skews every figure. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    public String summary() {
        return "%d cores, %s physical memory, Java %s, %s; benchmark JVM max heap %s; %s".formatted(cores,
                Bytes.mebibytes(physicalMemoryBytes), java, os, Bytes.mebibytes(benchmarkJvmMaxHeapBytes), date);
    }
}
