package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "de, DE", "DEU, DE", "Germany, DE", "Deutschland, DE", "united kingdom, GB", "UK, GB", "usa, US",
            "France, FR", "XX, -", "Atlantis, -", "' ', -"})
    void normalisesToAlpha2(String input, String expected) {
        assertThat(Countries.toAlpha2(input).orElse(null)).isEqualTo(expected);
    }
}
