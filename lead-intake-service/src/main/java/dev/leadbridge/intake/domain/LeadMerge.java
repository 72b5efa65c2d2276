package dev.leadbridge.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a later submission from a known person updates their lead: the newest non-empty value of each field wins,
 * an empty one never erases what is known, and every change is recorded.
 */
public final class LeadMerge {

    private LeadMerge() {
    }

    /** One field a submission changed. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    /**
     * The changes that {@code incoming} makes to {@code current}, field by field, in the order of
     * {@code incoming}'s keys.
     */
    public static List<FieldChange> changes(Map<String, String> current, Map<String, String> incoming) {
        List<FieldChange> changes = new ArrayList<>();
        incoming.forEach((field, newValue) -> {
            String oldValue = current.get(field);
            if (newValue != null && !newValue.isBlank() && !Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        });
        return List.copyOf(changes);
    }
}
