package dev.leadbridge.attribution.domain.model;

import java.math.BigInteger;

/**
 * The one rounding rule of every model, so credits add up to the deal exactly: the largest-remainder (Hamilton)
 * method.
 * <ol>
 *   <li>Each touch's exact share is {@code total × weight / Σweights}, a rational number.</li>
 *   <li>Each touch first gets the share rounded down to a whole minor unit.</li>
 *   <li>The minor units left over (always fewer than the number of touches) go one each to the touches with the largest
 *       fractional remainders; equal remainders favour the earlier touch.</li>
 * </ol>
 * Shares and remainders are computed exactly in integer arithmetic (128-bit when {@code total × weight} exceeds a
 * {@code long}), so the result is the same on every machine and every replay. A touch of weight zero gets nothing.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Splits {@code total} minor units in proportion to {@code weights}.
     *
     * @return one non-negative amount per weight, in the same order, summing to {@code total}
     * @throws IllegalArgumentException if {@code total} or a weight is negative, or no weight is positive
     */
    public static long[] allocate(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        long sum = sumOf(weights);
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            divide(total, weights[i], sum, shares, remainders, i);
            left -= shares[i];
        }
        for (; left > 0; left--) {
            int largest = indexOfLargest(remainders);
            shares[largest]++;
            remainders[largest] = -1;
        }
        return shares;
    }

    private static long sumOf(long[] weights) {
        long sum = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must not be negative, was " + weight);
            }
            sum = Math.addExact(sum, weight);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        return sum;
    }

    /** Writes the floor and the remainder of {@code total × weight / sum}; both operands are non-negative. */
    private static void divide(long total, long weight, long sum, long[] shares, long[] remainders, int i) {
        long high = Math.multiplyHigh(total, weight);
        long low = total * weight;
        if (high == 0 && low >= 0) {
            shares[i] = low / sum;
            remainders[i] = low % sum;
        } else {
            BigInteger[] division = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1].longValueExact();
        }
    }

    /** The first index of the largest remainder: ties go to the earliest touch. */
    private static int indexOfLargest(long[] remainders) {
        int largest = 0;
        for (int i = 1; i < remainders.length; i++) {
            if (remainders[i] > remainders[largest]) {
                largest = i;
            }
        }
        return largest;
    }
}
