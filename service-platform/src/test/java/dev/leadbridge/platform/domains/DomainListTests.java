package dev.leadbridge.platform.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainListTests {

    private final DomainList rivals = new DomainList(List.of(" Rival.COM ", "@contender.io", ".rival.com"));

    @Test
    void entriesAreNormalisedAndKeptOnce() {
        assertThat(rivals.domains()).containsExactly("rival.com", "contender.io");
    }

    @Test
    void anEntryCoversItsDomainAndEverySubdomainOnly() {
        assertThat(rivals.match("ada@rival.com")).contains("rival.com");
        assertThat(rivals.match("ada@EU.Rival.com")).contains("rival.com");
        assertThat(rivals.match("eu.rival.com")).contains("rival.com");
        assertThat(rivals.match("ada@notrival.com")).isEmpty();
        assertThat(rivals.match("ada@rival.com.evil.example")).isEmpty();
        assertThat(rivals.match(null)).isEmpty();
        assertThat(rivals.match(" ")).isEmpty();
    }

    @Test
    void entriesThatAreNoDomainsAreNamed() {
        assertThat(DomainList.problemsOf(List.of("rival.com", "not a domain", "", "-bad.com"))).containsExactly(
                "domains[1] must be a domain name like rival.com, was 'not a domain'",
                "domains[2] must be a domain name like rival.com, was ''",
                "domains[3] must be a domain name like rival.com, was '-bad.com'");
        assertThat(DomainList.problemsOf(List.of("edu", "xn--bcher-kva.example"))).isEmpty();
        assertThat(DomainList.problemsOf(null)).hasSize(1);
    }
}
