package dev.leadbridge.attribution.domain.goal;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;

/** Every shared goal, published together as one versioned document. */
public record GoalSet(List<Goal> goals) {

    public GoalSet {
        goals = Lenient.list(goals);
    }

    /** What is wrong with the goals, one sentence per problem naming where; empty when they can be published. */
    public List<String> validate() {
        Problems problems = new Problems();
        problems.each(goals, "goals", (goal, path) -> goal.validate(path, problems));
        return problems.list();
    }
}
