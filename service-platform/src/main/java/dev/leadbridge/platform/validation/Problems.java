package dev.leadbridge.platform.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Collects what is wrong with a configuration document (a scoring model, routing rules, reps, SLA policies, a
 * business calendar) as sentences a person can act on, each starting with the offending field's path, so the API can
 * reject a bad document with all its problems at once instead of the first one. Plain Java: domain code uses it.
 */
public final class Problems {

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** Records the problem unless {@code ok}; the message is a {@link String#format} pattern. */
    public void check(boolean ok, String message, Object... args) {
        if (!ok) {
            problems.add(String.format(Locale.ROOT, message, args));
        }
    }

    /** Whether the text is present, recording "{@code path} is required" if not. */
    public boolean requireText(String text, String path) {
        boolean present = text != null && !text.isBlank();
        check(present, "%s is required", path);
        return present;
    }

    /** Whether the value is present, recording "{@code path} is required" if not. */
    public boolean require(Object value, String path) {
        check(value != null, "%s is required", path);
        return value != null;
    }

    /** Records the id and complains if an earlier element of the same document used it already. */
    public void uniqueId(String id, String path) {
        if (requireText(id, path)) {
            check(ids.add(id), "%s: id '%s' is used more than once", path, id);
        }
    }

    /** Validates each element under its indexed path, reporting a missing element instead of failing on it. */
    public <T> void each(List<T> elements, String path, BiConsumer<T, String> validation) {
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = path + "[" + i + "]";
            if (require(elements.get(i), elementPath)) {
                validation.accept(elements.get(i), elementPath);
            }
        }
    }

    /** The problems found so far, in the order found; empty when there are none. */
    public List<String> list() {
        return List.copyOf(problems);
    }
}
