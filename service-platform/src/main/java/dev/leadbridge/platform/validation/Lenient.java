package dev.leadbridge.platform.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Defensive copies for configuration records. Configuration arrives as JSON from people and is checked by a
 * validation that lists every problem ({@link Problems}), so constructors keep what they are given, null elements
 * included, instead of throwing at the first one; only a missing collection becomes an empty one. Plain Java.
 */
public final class Lenient {

    private Lenient() {
    }

    /** An unmodifiable copy, empty for {@code null}; unlike {@code List.of()} it may be asked whether it holds null. */
    public static <T> List<T> list(List<T> list) {
        return Collections.unmodifiableList(list == null ? new ArrayList<>() : new ArrayList<>(list));
    }

    /** An unmodifiable copy keeping iteration order, empty for {@code null}; it may be asked whether it holds null. */
    public static <T> Set<T> set(Set<T> set) {
        return Collections.unmodifiableSet(set == null ? new LinkedHashSet<>() : new LinkedHashSet<>(set));
    }
}
