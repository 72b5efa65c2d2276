package dev.leadbridge.attribution.domain.launch;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every launch, published together as one versioned document. */
public record LaunchSet(List<Launch> launches) {

    public LaunchSet {
        launches = Lenient.list(launches);
    }

    public List<String> validate() {
        Problems problems = new Problems();
        problems.each(launches, "launches", (launch, path) -> launch.validate(path, problems));
        return problems.list();
    }

    public Optional<Launch> launch(String id) {
        return launches.stream().filter(launch -> launch.id().equals(id)).findFirst();
    }

    /** The launch before this one: the latest launched earlier (by day, then id); empty for the first. */
    public Optional<Launch> previous(Launch launch) {
        Comparator<Launch> order = Comparator.comparing(Launch::launchedOn).thenComparing(Launch::id);
        return launches.stream().filter(Objects::nonNull)
                .filter(other -> order.compare(other, launch) < 0)
                .max(order);
    }
}
