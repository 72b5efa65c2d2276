package dev.leadbridge.events;

/**
 * An event that can never be processed, however often it is redelivered: unreadable JSON, a payload that breaks its
 * schema, or missing CloudEvent headers. Consumers catch it to send the record to its dead-letter topic with
 * {@link #getMessage()} as the human-readable reason, so the partition keeps flowing instead of retrying forever.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
