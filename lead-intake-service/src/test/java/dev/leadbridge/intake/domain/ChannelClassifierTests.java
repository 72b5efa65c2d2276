package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelClassifierTests {

    @ParameterizedTest(name = "utm_medium={0}, referrer={1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "cpc, -, PAID_SEARCH",
            "PPC, https://www.google.com/, PAID_SEARCH",
            "organic, -, ORGANIC_SEARCH",
            "paid_social, -, SOCIAL",
            "newsletter, -, EMAIL",
            "referral, -, REFERRAL",
            "tradeshow, -, EVENT",
            "affiliate, -, PARTNER",
            "display, -, OTHER",
            "-, https://www.google.de/search?q=leads, ORGANIC_SEARCH",
            "-, https://duckduckgo.com/, ORGANIC_SEARCH",
            "-, https://www.linkedin.com/feed/, SOCIAL",
            "-, https://t.co/abc, SOCIAL",
            "-, https://blog.partner.example/post, REFERRAL",
            "-, -, DIRECT",
            "-, not a url, DIRECT",
            "' ', -, DIRECT"})
    void classifiesByMediumThenReferrer(String medium, String referrer, Channel expected) {
        assertThat(ChannelClassifier.classify(medium, referrer)).isEqualTo(expected);
    }
}
