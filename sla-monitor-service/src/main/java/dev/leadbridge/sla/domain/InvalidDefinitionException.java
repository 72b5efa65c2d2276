package dev.leadbridge.sla.domain;

import java.util.List;

/**
 * A calendar or a set of policies that cannot be used, with every problem found, so the API answers with all of them
 * as offending fields of one problem response rather than one at a time.
 */
public final class InvalidDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidDefinitionException(String what, List<String> problems) {
        super(what + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty, so constructors read as one line. */
    public static void throwIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(what, problems);
        }
    }

    /** Each problem as a sentence starting with the offending field's path. */
    public List<String> problems() {
        return problems;
    }
}
