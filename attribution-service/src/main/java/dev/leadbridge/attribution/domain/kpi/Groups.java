package dev.leadbridge.attribution.domain.kpi;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The "by channel / campaign / score band" of every report: filter to the window first, then group, then report. */
final class Groups {

    private Groups() {
    }

    /** One report per group that has at least one item in the window, in order of first appearance. */
    static <T, K, R> Map<K, R> report(Collection<T> items, Predicate<T> inWindow, Function<T, K> group,
                                      Function<List<T>, R> report) {
        Map<K, List<T>> groups = items.stream().filter(inWindow)
                .collect(Collectors.groupingBy(group, LinkedHashMap::new, Collectors.toList()));
        Map<K, R> reports = new LinkedHashMap<>();
        groups.forEach((key, members) -> reports.put(key, report.apply(members)));
        return Collections.unmodifiableMap(reports);
    }
}
