package dev.leadbridge.events.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One lead's personal-data key (AES-256-GCM): what seals the person's fields in events kept forever, and what intake
 * destroys when the person is erased, leaving every sealed copy on every topic unreadable (crypto-shredding).
 * <p>
 * A sealed value is {@code lbsealed.v1.<base64url(nonce ‖ ciphertext ‖ tag)>}, bound to its lead id as associated
 * data, so a value cannot be moved to another lead's event and still open.
 */
public final class PersonalDataKey {

    /** What every sealed value starts with. */
    public static final String SEALED_PREFIX = "lbsealed.v1.";

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher per thread, initialised anew for every value: looking the transformation up per value cost more
     * than the encryption itself (SealingBenchmarks, OpeningBenchmarks in benchmarks/kernels).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] key;

    private PersonalDataKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a personal-data key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    public static PersonalDataKey generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new PersonalDataKey(key);
    }

    public static PersonalDataKey of(byte[] key) {
        return new PersonalDataKey(key);
    }

    public static PersonalDataKey fromBase64(String key) {
        return new PersonalDataKey(Base64.getDecoder().decode(key));
    }

    public byte[] bytes() {
        return key.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(SEALED_PREFIX);
    }

    /** The value sealed for the lead; null stays null. */
    public String seal(UUID leadId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, leadId, nonce).doFinalOf(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        return SEALED_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /**
     * The plaintext of a value this key sealed for the lead; a value that is not sealed is returned as it is (events
     * written before sealing, fields never sealed).
     *
     * @throws IllegalArgumentException when the value was sealed under another key or for another lead, or altered
     */
    public String open(UUID leadId, String value) {
        if (!isSealed(value)) {
            return value;
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(value.substring(SEALED_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed value that is no base64url", e);
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a sealed value too short to hold a nonce and a tag");
        }
        byte[] plaintext = cipher(Cipher.DECRYPT_MODE, leadId, Arrays.copyOf(in, NONCE_BYTES))
                .doFinalOf(Arrays.copyOfRange(in, NONCE_BYTES, in.length));
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    private Operation cipher(int mode, UUID leadId, byte[] nonce) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(leadId.toString().getBytes(StandardCharsets.US_ASCII));
            return new Operation(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** One encryption or decryption; a failed authentication is the caller's wrong key or lead, not a crash. */
    private record Operation(Cipher cipher) {

        byte[] doFinalOf(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (AEADBadTagException e) {
                throw new IllegalArgumentException("the value was not sealed for this lead under this key", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "PersonalDataKey[hidden]";
    }
}
