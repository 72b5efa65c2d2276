package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-11-01T09:00:00Z", "2026-10-30T23:59:59.999Z",
        "2024-02-29T12:00:00.000001Z", "2024-02-29T12:00:00.123456789Z", "2000-01-01T00:00:00.100Z",
        "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
        "-0001-06-01T10:00:00Z"})
    void writesWhatInstantToStringWrites(String text) {
        Instant instant = Instant.parse(text);
        assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
    }

    @Test
    void agreesWithInstantToStringOnRandomInstants() {
        SplittableRandom random = new SplittableRandom(11);
        long min = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int trial = 0; trial < 200_000; trial++) {
            long seconds = trial % 2 == 0 ? random.nextLong(min, max) : random.nextLong(0, 4_000_000_000L);
            int nanos = switch (trial % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
        }
    }
}
