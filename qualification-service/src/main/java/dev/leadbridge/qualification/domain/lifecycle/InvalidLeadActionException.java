package dev.leadbridge.qualification.domain.lifecycle;

/** An action whose request names something that does not exist, such as a rep missing from the roster. */
public class InvalidLeadActionException extends RuntimeException {

    private final String field;

    public InvalidLeadActionException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }
}
