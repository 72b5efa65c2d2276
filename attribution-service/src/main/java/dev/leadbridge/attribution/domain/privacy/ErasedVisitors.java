package dev.leadbridge.attribution.domain.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What attribution keeps of an erased person's browser: a one-way fingerprint of the visitor id, so a touchpoint of
 * that browser replayed or delivered late still joins the lead's journey (the figures stay those of the events,
 * whatever their order) while the id itself is gone. Visitor ids are random cookie values, which a plain digest
 * cannot be walked back to.
 */
public final class ErasedVisitors {

    private ErasedVisitors() {
    }

    public static String fingerprint(String visitorId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("erased-visitor:" + visitorId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
