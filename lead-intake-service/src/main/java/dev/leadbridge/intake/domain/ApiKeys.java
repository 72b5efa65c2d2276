package dev.leadbridge.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Integration API keys: {@code lbk_<prefix>_<secret>}. Only an HMAC of the whole key (with a server-side pepper)
 * is stored, so a leaked table does not leak usable keys; the prefix, stored in the clear, finds the row without
 * scanning and lets admins tell keys apart.
 */
public final class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("lbk_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final byte[] pepper;

    public ApiKeys(String pepper) {
        if (pepper == null || pepper.length() < 16) {
            throw new IllegalArgumentException("the API-key pepper must have at least 16 characters");
        }
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    /** A new key, as shown once to the admin who created it. */
    public String generate() {
        StringBuilder prefix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "lbk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The lookup prefix of a well-formed key; empty for anything else, which is then simply unknown. */
    public static Optional<String> prefixOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(key.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public String hash(String key) {
        return Hmac.sha256Hex(pepper, key.trim());
    }

    /**
     * Whether a presented key's {@link #hash} is the stored one. Compares in constant time, so response timing
     * reveals nothing about a stored hash.
     */
    public static boolean hashesMatch(String keyHash, String storedHash) {
        return MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
