package dev.leadbridge.qualification.domain.routing;

import java.util.List;

/** Routing was asked to use rules or reps that do not validate. */
public class InvalidRoutingException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidRoutingException(List<String> problems) {
        super("invalid routing configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<String> problems() {
        return problems;
    }
}
