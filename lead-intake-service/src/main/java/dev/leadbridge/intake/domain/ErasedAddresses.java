package dev.leadbridge.intake.domain;

import java.nio.charset.StandardCharsets;

/**
 * The fingerprint an erasure keeps of the e-mail address it erased: a keyed hash (the API-key pepper, in a domain of
 * its own so a fingerprint never equals a key hash), so a repeated request is recognised while nobody holding the
 * table can read, or test guesses against, the address without the pepper.
 */
public final class ErasedAddresses {

    private static final String DOMAIN = "person-erasure:";

    private final byte[] pepper;

    public ErasedAddresses(String pepper) {
        if (pepper == null || pepper.length() < 16) {
            throw new IllegalArgumentException("the pepper must have at least 16 characters");
        }
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    /** @param normalisedEmail as {@link EmailAddresses#normalise} gives it, so every spelling has one fingerprint */
    public String fingerprint(String normalisedEmail) {
        return Hmac.sha256Hex(pepper, DOMAIN + normalisedEmail);
    }
}
