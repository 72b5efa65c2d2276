package dev.leadbridge.sla.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final byte[] SECRET = "whsec-test".getBytes(StandardCharsets.UTF_8);
    private static final String BODY = "{\"text\":\"Lead 42 is yours\"}";

    @Test
    void theMacIsHmacSha256AsRfc4231Defines() {
        // RFC 4231, test case 2
        byte[] mac = WebhookSignature.hmac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceiverAcceptsTheSignedBodyAndRefusesAnyChange() {
        String header = WebhookSignature.sign(SECRET, 1_796_461_200L, BODY);
        assertThat(header).startsWith("t=1796461200,v1=").hasSize("t=1796461200,v1=".length() + 64);
        assertThat(WebhookSignature.verify(SECRET, header, BODY)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("42", "43"))).isFalse();
        assertThat(WebhookSignature.verify("other".getBytes(StandardCharsets.UTF_8), header, BODY)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header.replace("t=1796461200", "t=1796461201"), BODY))
                .as("the time is signed too").isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=" + header.substring(header.indexOf("v1=") + 3), BODY))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=x,v1=00", BODY)).isFalse();
    }
}
