package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadSignalsTests {

    private static final Instant MQL_AT = Instant.parse("2026-06-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "Chief Executive Officer, c-level, other",
            "CMO, c-level, marketing",
            "Co-Founder & CTO, c-level, technology",
            "Vice President of Sales, vp, sales",
            "'Vice-President, Sales', vp, sales",
            "SVP Revenue, vp, sales",
            "Head of Growth, director, marketing",
            "IT Director, director, technology",
            "Procurement Manager, manager, finance",
            "Team Lead Data, manager, technology",
            "HR Business Partner, individual, people",
            "Working Student Marketing, student, marketing",
            "Accountant, individual, other",
            "'', unknown, unknown"})
    void readsSeniorityAndFunctionFromTheTitle(String title, String seniority, String function) {
        String lower = title.toLowerCase();
        assertThat(LeadSignals.seniority(lower)).isEqualTo(seniority);
        assertThat(LeadSignals.function(lower)).isEqualTo(function);
    }

    @Test
    void bandsCompanySizeAndTellsFreeMailFromTheCompanysOwnDomain() {
        assertThat(List.of(0, 1, 10, 11, 200, 201, 5000, 5001).stream().map(LeadSignals::sizeBand))
                .containsExactly("unknown", "1-10", "1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+");
        Set<String> free = Set.of("gmail.com");
        assertThat(LeadSignals.emailKind(profile("gmail.com", "acme.example"), free)).isEqualTo("free");
        assertThat(LeadSignals.emailKind(profile("acme.example", "acme.example"), free)).isEqualTo("company");
        assertThat(LeadSignals.emailKind(profile("agency.example", "acme.example"), free)).isEqualTo("other-business");
        assertThat(LeadSignals.emailKind(profile("", "acme.example"), free)).isEqualTo("unknown");
    }

    @Test
    void countsAndDatesOnlyTheTouchpointsBeforeTheMqlMoment() {
        List<EngagementEvent> touchpoints = List.of(
                touchpoint(TouchpointType.PAGE_VIEW, MQL_AT.minus(Duration.ofDays(3))),
                touchpoint(TouchpointType.PAGE_VIEW, MQL_AT.minus(Duration.ofHours(12))),
                touchpoint(TouchpointType.DEMO_REQUEST, MQL_AT.plus(Duration.ofHours(1))));

        LeadSignals.Example example = LeadSignals.of(profile("acme.example", "acme.example"), Channel.EVENT,
                " Spring-Launch ", touchpoints, Set.of(), 42, 17, MQL_AT);

        Map<String, Double> numbers = example.numbers();
        assertThat(numbers.get("count.page_view")).isCloseTo(Math.log1p(2), within(1e-12));
        assertThat(numbers.get("days-since.page_view")).isCloseTo(0.5, within(1e-9));
        assertThat(numbers.get("count.demo_request")).as("requested after the hand-off").isZero();
        assertThat(numbers.get("days-since.demo_request")).isEqualTo(LeadSignals.MAX_RECENCY_DAYS);
        assertThat(numbers).containsEntry("fit", 42.0).containsEntry("engagement", 17.0)
                .doesNotContainKey("count.unsubscribe");
        assertThat(example.categories()).containsEntry("channel", "event").containsEntry("campaign", "spring-launch")
                .containsEntry("industry", "software").containsEntry("country", "GB").containsEntry("size", "51-200");
    }

    private static LeadProfile profile(String emailDomain, String companyDomain) {
        return new LeadProfile(emailDomain, companyDomain, "VP Sales", 120, "Software", "gb", Set.of());
    }

    private static EngagementEvent touchpoint(TouchpointType type, Instant at) {
        return new EngagementEvent(UUID.randomUUID(), type, at);
    }
}
