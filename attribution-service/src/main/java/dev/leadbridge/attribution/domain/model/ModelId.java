package dev.leadbridge.attribution.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attribution models by the names the API's {@code model} parameter uses. */
public enum ModelId {

    FIRST_TOUCH,
    LAST_TOUCH,
    LINEAR,
    TIME_DECAY,
    U_SHAPED,
    W_SHAPED,
    FULL_PATH,
    MARKOV,
    SHAPLEY;

    /** The value on the wire: the constant's name in lower_snake_case, like the event enums. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model a {@code model} parameter names, if any. */
    public static Optional<ModelId> fromWire(String wire) {
        return Arrays.stream(values()).filter(id -> id.wire().equals(wire)).findFirst();
    }
}
