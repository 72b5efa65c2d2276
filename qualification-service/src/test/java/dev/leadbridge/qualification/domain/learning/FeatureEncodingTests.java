package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureEncodingTests {

    private static final List<LeadSignals.Example> TRAINING = List.of(
            example("vp", 1), example("vp", 3), example("vp", 5), example("manager", 1), example("manager", 3),
            example("intern", 5));

    @Test
    void aValueSeenOftenEnoughGetsItsOwnIndicatorTheRestShareOther() {
        FeatureEncoding encoding = FeatureEncoding.learn(TRAINING, 2);

        assertThat(encoding.features()).extracting(FeatureEncoding.Feature::name)
                .containsExactly("seniority=manager", "seniority=vp", "seniority=(other)", "views");
        assertThat(encoding.encode(example("vp", 3))).containsExactly(0, 1, 0, 0);
        assertThat(encoding.encode(example("intern", 3))).as("too rare").containsExactly(0, 0, 1, 0);
        assertThat(encoding.encode(example("ceo", 3))).as("never seen").containsExactly(0, 0, 1, 0);
        assertThat(encoding.features().get(1).average()).as("share of vps").isEqualTo(0.5);
    }

    @Test
    void aNumberIsStandardisedByItsTrainingMeanAndDeviationAndAMissingOneCountsAsTheMean() {
        FeatureEncoding encoding = FeatureEncoding.learn(TRAINING, 2);
        FeatureEncoding.Feature views = encoding.features().get(3);

        assertThat(views.mean()).isEqualTo(3.0);
        assertThat(views.scale()).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(encoding.encode(example("vp", 5))[3]).isCloseTo(2 / Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(encoding.encode(new LeadSignals.Example(Map.of("seniority", "vp"), Map.of()))[3]).isZero();
    }

    private static LeadSignals.Example example(String seniority, double views) {
        return new LeadSignals.Example(Map.of("seniority", seniority), Map.of("views", views));
    }
}
