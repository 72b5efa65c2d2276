package dev.leadbridge.benchmarks.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident set size as the kernel reports it ({@code VmRSS} in {@code /proc/<pid>/status}). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Bytes resident now; empty when the process is gone or this is no Linux. */
    static OptionalLong of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:	  123456 kB"
                    String kibibytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kibibytes) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
