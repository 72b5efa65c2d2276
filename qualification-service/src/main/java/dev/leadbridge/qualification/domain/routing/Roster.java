package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reps routing chooses from, with their current loads keyed by rep id. A rep without a load is new to the
 * rotation.
 */
public record Roster(List<Rep> reps, Map<String, RepLoad> loads) {

    public Roster {
        reps = Lenient.list(reps);
        loads = loads == null ? Map.of() : Map.copyOf(loads);
    }

    /** This roster after the given loads replaced the reps' earlier ones. */
    public Roster with(Collection<RepLoad> updated) {
        Map<String, RepLoad> merged = new LinkedHashMap<>(loads);
        updated.forEach(load -> merged.put(load.repId(), load));
        return new Roster(reps, merged);
    }

    public RepLoad loadOf(String repId) {
        return loads.getOrDefault(repId, RepLoad.initial(repId));
    }

    Optional<Rep> rep(String repId) {
        return reps.stream().filter(rep -> rep.id().equals(repId)).findFirst();
    }

    List<Rep> team(String teamId) {
        return reps.stream().filter(rep -> rep.teamId().equals(teamId)).toList();
    }

    /** What is wrong with the reps, one sentence per problem; empty when they can be used. */
    public List<String> validate() {
        Problems problems = new Problems();
        problems.each(reps, "reps", (rep, path) -> rep.validate(path, problems));
        return problems.list();
    }
}
