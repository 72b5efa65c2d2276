package dev.leadbridge.platform.config;

import java.util.Set;

/**
 * Who publishes a configuration, why, and on which version they based it.
 *
 * @param author   the publisher, as the token names them
 * @param comment  why, shown in the history; may be null
 * @param basedOn  the versions the publisher read ({@code If-Match}); empty means any: the publisher takes no care
 */
public record ConfigChange(String author, String comment, Set<Integer> basedOn) {

    public static final int MAX_COMMENT = 500;

    public ConfigChange {
        basedOn = Set.copyOf(basedOn);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** A change by the author, without a comment, based on whatever version is in force. */
    public static ConfigChange by(String author) {
        return new ConfigChange(author, null, Set.of());
    }

    /** True when the change may be published over the version in force. */
    public boolean allowsOver(int versionInForce) {
        return basedOn.isEmpty() || basedOn.contains(versionInForce);
    }
}
