package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebFormTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final WebForm form = new WebForm("f", "F", List.of("https://www.Example.com/"),
            Map.of("work_email", "email"), "website", Duration.ofSeconds(3), URI.create("https://x.example/t"),
            "News please");

    @Test
    void originsCompareByOriginNotByCaseOrTrailingSlash() {
        assertThat(form.allowsPostFrom("https://www.example.com", null)).isTrue();
        assertThat(form.allowsPostFrom(null, "https://www.example.com/pricing?x=1")).isTrue();
        assertThat(form.allowsPostFrom("https://www.example.com.evil.example", null)).isFalse();
        assertThat(form.allowsPostFrom("null", null)).isFalse();
        assertThat(form.allowsPostFrom(null, null)).isFalse();
    }

    @Test
    void mappedConventionalAndCustomFieldsLandWhereTheyBelong() {
        WebForm.Lead lead = (WebForm.Lead) form.interpret(Map.of("work_email", "a@b.example", "first_name", "A",
                "favourite_colour", "teal", "marketing_opt_in", "on"), "https://www.example.com/p", NOW);
        assertThat(lead.submission().email()).isEqualTo("a@b.example");
        assertThat(lead.submission().firstName()).isEqualTo("A");
        assertThat(lead.submission().customFields()).containsExactly(Map.entry("favourite_colour", "teal"));
        assertThat(lead.submission().consentText()).isEqualTo("News please");
        assertThat(lead.submission().consentGivenAt()).as("the server's time of the post").isEqualTo(NOW);
        assertThat(lead.submission().landingPage()).isEqualTo("https://www.example.com/p");
    }

    @Test
    void noConsentTextWithoutOptIn() {
        WebForm.Lead lead = (WebForm.Lead) form.interpret(Map.of("email", "a@b.example"), null, NOW);
        assertThat(lead.submission().marketingOptIn()).isFalse();
        assertThat(lead.submission().consentText()).isNull();
        assertThat(lead.submission().consentGivenAt()).isNull();
    }

    @Test
    void honeypotAndFillTimeMakeSpam() {
        assertThat(form.interpret(Map.of("email", "a@b.example", "website", "x"), null, NOW))
                .isEqualTo(new WebForm.Spam("honeypot"));
        assertThat(form.interpret(Map.of("email", "a@b.example",
                "lb_started_at", String.valueOf(NOW.minusSeconds(1).toEpochMilli())), null, NOW))
                .isEqualTo(new WebForm.Spam("fill_time"));
        assertThat(form.interpret(Map.of("email", "a@b.example", "lb_started_at", "soon"), null, NOW))
                .isEqualTo(new WebForm.Spam("fill_time"));
        assertThat(form.interpret(Map.of("email", "a@b.example",
                "lb_started_at", String.valueOf(NOW.minusSeconds(5).toEpochMilli())), null, NOW))
                .isInstanceOf(WebForm.Lead.class);
    }

    @Test
    void definitionProblemsAreListed() {
        WebForm broken = new WebForm("b", "B", List.of("example.com"), Map.of("x", "nope"), null,
                Duration.ofSeconds(-1), URI.create("/relative"), null);
        assertThat(broken.problems()).hasSize(4);
        assertThat(form.problems()).isEmpty();
    }
}
