package dev.leadbridge.intake.application;

/** The client sent an {@code Idempotency-Key} it already used for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final String key;

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request.");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
