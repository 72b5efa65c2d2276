package dev.leadbridge.sla.messaging.notification;

/**
 * How one send went.
 *
 * @param statusCode the receiver's HTTP status, for a webhook that answered
 * @param error      why it failed, in a line; absent on success
 */
public record SendOutcome(boolean succeeded, Integer statusCode, String error) {

    /** Errors are cut to what the delivery log keeps. */
    static final int MAX_ERROR = 500;

    public static SendOutcome sent(Integer statusCode) {
        return new SendOutcome(true, statusCode, null);
    }

    public static SendOutcome failed(Integer statusCode, String error) {
        String line = error == null ? "failed" : error.replaceAll("\\s+", " ").strip();
        return new SendOutcome(false, statusCode, line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR) : line);
    }

    /** A send that threw: its class and message, since a bare message ("Connection refused") can be ambiguous. */
    public static SendOutcome failed(Throwable failure) {
        return failed(null, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
