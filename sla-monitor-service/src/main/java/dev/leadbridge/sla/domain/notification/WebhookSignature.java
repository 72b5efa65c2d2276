package dev.leadbridge.sla.domain.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a webhook receiver checks: HMAC-SHA256, keyed with the subscription's secret, over the send time and
 * the body ({@code <unix seconds>.<body>}), sent as {@code t=<unix seconds>,v1=<hex>}. Signing the time with the body
 * lets a receiver refuse an old request replayed.
 */
public final class WebhookSignature {

    /** The header that carries it. */
    public static final String HEADER = "X-LeadBridge-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code epochSeconds}. */
    public static String sign(byte[] secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret,
                (epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code header} is this body's signature under the secret (compared in constant time). */
    public static boolean verify(byte[] secret, String header, String body) {
        String[] parts = header == null ? new String[0] : header.split(",");
        if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) {
            return false;
        }
        try {
            long epochSeconds = Long.parseLong(parts[0].substring(2));
            return MessageDigest.isEqual(sign(secret, epochSeconds, body).getBytes(StandardCharsets.US_ASCII),
                    header.getBytes(StandardCharsets.US_ASCII));
        } catch (NumberFormatException notATime) {
            return false;
        }
    }

    /** HMAC-SHA256 of the data under the key. */
    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
