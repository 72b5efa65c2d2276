package dev.leadbridge.benchmarks.system;

/** Byte counts as people read them. */
final class Bytes {

    private static final double MEBIBYTE = 1024.0 * 1024.0;

    private Bytes() {
    }

    static String mebibytes(long bytes) {
        return bytes < 0 ? "unknown" : "%.0f MiB".formatted(bytes / MEBIBYTE);
    }
}
