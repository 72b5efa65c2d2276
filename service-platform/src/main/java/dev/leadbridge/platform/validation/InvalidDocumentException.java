package dev.leadbridge.platform.validation;

import java.util.List;

/**
 * A configuration document (a scoring model, a routing table, a roster, SLA policies, a business calendar) that
 * cannot be used, with every problem {@link Problems} found. The API answers one 400 validation problem naming each
 * offending field; the mapping lives once, in the platform's problem mappers. Plain Java: domain code throws it.
 */
public class InvalidDocumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param what     the document, as a person names it ("the scoring model", "calendar 'de-office'")
     * @param problems each a sentence starting with the offending field's path
     */
    public InvalidDocumentException(String what, List<String> problems) {
        super(what + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty, so a constructor's check reads as one line. */
    public static void throwIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(what, problems);
        }
    }

    /** Each problem as a sentence starting with the offending field's path. */
    public List<String> problems() {
        return problems;
    }
}
