package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedSplitTests {

    @Test
    void holdsOutTheSameShareOfEachOutcomeAndEveryExampleOnce() {
        int[] outcomes = new int[1000];
        for (int i = 0; i < 50; i++) {
            outcomes[i * 20] = 1;
        }

        StratifiedSplit split = StratifiedSplit.of(outcomes, 0.2, 42);

        assertThat(split.holdOut()).hasSize(200);
        assertThat(split.holdOut().stream().filter(i -> outcomes[i] == 1)).hasSize(10);
        Set<Integer> all = new HashSet<>(split.training());
        all.addAll(split.holdOut());
        assertThat(all).hasSize(1000);
        assertThat(split.training()).isSorted();
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        int[] outcomes = new int[200];
        for (int i = 0; i < 200; i += 3) {
            outcomes[i] = 1;
        }

        assertThat(StratifiedSplit.of(outcomes, 0.25, 7)).isEqualTo(StratifiedSplit.of(outcomes, 0.25, 7));
        assertThat(StratifiedSplit.of(outcomes, 0.25, 8)).isNotEqualTo(StratifiedSplit.of(outcomes, 0.25, 7));
    }
}
