package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of the API contract, as they appear in a token's groups. */
public enum Role {
    REP,
    MANAGER,
    ADMIN,
    OPS,
    MARKETING;

    /** The role a token group names, if it names one ({@code "manager"} → {@link #MANAGER}). */
    public static Optional<Role> fromWire(String group) {
        return Arrays.stream(values()).filter(role -> role.name().toLowerCase(Locale.ROOT).equals(group)).findFirst();
    }
}
