package dev.leadbridge.intake.application;

/**
 * An {@code Idempotency-Key} as one client sent it, with a hash of the request it came with, so a key reused for
 * a different request is refused rather than answered with another request's result.
 */
public record IdempotencyKey(String client, String key, String requestHash) {
}
