package dev.leadbridge.attribution.domain.kpi;

/**
 * The one percentile definition of every report: <b>nearest rank</b>. The p-th percentile of N sorted values is the
 * value at 1-based rank ⌈p ⁄ 100 × N⌉ (rank 1 for p = 0): the smallest observed value that at least p% of the values
 * do not exceed. It is always an observed value (no interpolation), so "p90 time to accept is 2 h" means some lead
 * really took 2 h, and it is exact in integer arithmetic. The median is the 50th percentile, which for an even N is
 * the lower of the two middle values.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The nearest-rank percentile.
     *
     * @param sorted  the values in ascending order, at least one
     * @param percent between 0 and 100
     */
    public static long nearestRank(long[] sorted, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be within 0..100, was " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a percentile of no values is undefined");
        }
        long rank = Math.max(1, ((long) percent * sorted.length + 99) / 100);
        return sorted[(int) rank - 1];
    }
}
