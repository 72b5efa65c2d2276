package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErasedAddressesTests {

    private static final String PEPPER = "a-pepper-of-sixteen-or-more";

    @Test
    void oneAddressHasOneFingerprintThatDoesNotShowIt() {
        ErasedAddresses addresses = new ErasedAddresses(PEPPER);

        String fingerprint = addresses.fingerprint("jane.doe@example.com");

        assertThat(fingerprint).hasSize(64).isEqualTo(addresses.fingerprint("jane.doe@example.com"))
                .doesNotContain("jane").isNotEqualTo(addresses.fingerprint("john.doe@example.com"));
    }

    @Test
    void withoutThePepperNobodyGetsTheSameFingerprint() {
        assertThat(new ErasedAddresses(PEPPER).fingerprint("jane.doe@example.com"))
                .isNotEqualTo(new ErasedAddresses(PEPPER + "x").fingerprint("jane.doe@example.com"));
    }

    @Test
    void neverEqualsTheHashOfAnApiKeyOfTheSameText() {
        assertThat(new ErasedAddresses(PEPPER).fingerprint("jane.doe@example.com"))
                .isNotEqualTo(new ApiKeys(PEPPER).hash("jane.doe@example.com"));
    }

    @Test
    void refusesAShortPepper() {
        assertThatThrownBy(() -> new ErasedAddresses("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
