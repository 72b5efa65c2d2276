package dev.leadbridge.qualification.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Defensive copies for configuration records. Configuration arrives as JSON from people and is checked by a
 * {@code validate()} that lists every problem, so constructors keep what they are given, null elements included,
 * instead of throwing at the first one; only a missing collection becomes an empty one. The copies answer
 * {@code contains(null)} rather than throw, so validation can ask.
 */
public final class Lenient {

    private Lenient() {
    }

    /** An unmodifiable copy, empty for {@code null}. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy keeping iteration order, empty for {@code null}. */
    public static <T> Set<T> set(Set<T> set) {
        return set == null ? Collections.emptySet() : Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }
}
