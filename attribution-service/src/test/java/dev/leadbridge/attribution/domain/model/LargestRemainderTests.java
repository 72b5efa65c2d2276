package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.RandomJourneys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestRemainderTests {

    @Test
    void givesLeftoverUnitsToTheLargestRemainders() {
        // quotas 10 × 1/6, 2/6, 3/6 = 1.67, 3.33, 5: floors 1, 3, 5 leave one unit, for the largest remainder (.67)
        assertThat(LargestRemainder.allocate(10, new long[] {1, 2, 3})).containsExactly(2, 3, 5);
    }

    @Test
    void breaksTiesInFavourOfTheEarlierTouch() {
        assertThat(LargestRemainder.allocate(5, new long[] {1, 1, 1})).containsExactly(2, 2, 1);
        assertThat(LargestRemainder.allocate(1, new long[] {0, 1, 1})).containsExactly(0, 1, 0);
    }

    @Test
    void neverCreditsAZeroWeight() {
        assertThat(LargestRemainder.allocate(7, new long[] {0, 1, 0, 1, 0})).containsExactly(0, 4, 0, 3, 0);
    }

    @Test
    void allocatesNothingOfNothing() {
        assertThat(LargestRemainder.allocate(0, new long[] {3, 1})).containsExactly(0, 0);
    }

    @Test
    void staysExactWhenAmountTimesWeightExceedsALong() {
        long total = Long.MAX_VALUE - 6;
        long[] weights = {Long.MAX_VALUE / 3, Long.MAX_VALUE / 3, 7};

        long[] shares = LargestRemainder.allocate(total, weights);

        assertThat(shares).isEqualTo(reference(total, weights));
        assertThat(Arrays.stream(shares).reduce(0, Math::addExact)).isEqualTo(total);
    }

    @Test
    void refusesWeightsThatCannotBeShared() {
        assertThatThrownBy(() -> LargestRemainder.allocate(10, new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.allocate(10, new long[] {2, -1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.allocate(-1, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: the allocation equals Hamilton's method computed independently in arbitrary precision. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.leadbridge.attribution.domain.RandomJourneys#seeds")
    void matchesAnArbitraryPrecisionReference(long seed) {
        SplittableRandom random = new RandomJourneys(seed).random();
        long[] weights = random.longs(random.nextInt(1, 20), 0, random.nextBoolean() ? 10 : 1L << 40).toArray();
        weights[random.nextInt(weights.length)] += 1;
        long total = random.nextBoolean() ? random.nextLong(0, 1_000_000) : random.nextLong(0, Long.MAX_VALUE / 2);

        assertThat(LargestRemainder.allocate(total, weights)).as("seed %d", seed).isEqualTo(reference(total, weights));
    }

    /**
     * Hamilton's method the slow, obvious way: floors of exact quotas, then sort touches by remainder (descending) and
     * index (ascending) and hand out the leftover units in that order.
     */
    private static long[] reference(long total, long[] weights) {
        BigInteger sum = Arrays.stream(weights).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger[][] quotas = Arrays.stream(weights)
                .mapToObj(weight -> BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight))
                        .divideAndRemainder(sum))
                .toArray(BigInteger[][]::new);
        long[] shares = Arrays.stream(quotas).mapToLong(quota -> quota[0].longValueExact()).toArray();
        long left = total - Arrays.stream(shares).sum();
        int[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> quotas[i][1]).reversed().thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < left; i++) {
            shares[order[i]]++;
        }
        return shares;
    }
}
