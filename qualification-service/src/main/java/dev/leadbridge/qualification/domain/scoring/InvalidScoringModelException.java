package dev.leadbridge.qualification.domain.scoring;

import java.util.List;

/** A scoring model was used or published although {@link ScoringModel#validate()} found problems. */
public class InvalidScoringModelException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidScoringModelException(List<String> problems) {
        super("invalid scoring model: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, for the 400 response. */
    public List<String> problems() {
        return problems;
    }
}
