package dev.leadbridge.intake.domain;

/** A submitted value that no normalisation can make sense of, e.g. a country that does not exist. */
public class InvalidLeadException extends RuntimeException {

    private final String field;

    public InvalidLeadException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
