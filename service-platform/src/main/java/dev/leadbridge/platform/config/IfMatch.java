package dev.leadbridge.platform.config;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code If-Match} read back into the versions a caller accepts (RFC 9110 §13.1.1); versions go out as strong entity
 * tags ({@code ETag: "3"}). A weak or unreadable tag matches nothing, so the request fails with 412 rather than acting
 * on a version the caller never saw.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The versions named; empty for no header or {@code *} (any version). A header naming only tags we never issued
     * yields {@link #NOTHING}, a version no resource has.
     */
    public static Set<Long> versions(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Set.of();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            versionOf(tag.strip(), versions);
        }
        return versions.isEmpty() ? Set.of(NOTHING) : Set.copyOf(versions);
    }

    /** Matches no version: what a header of only unreadable tags asks for. */
    public static final long NOTHING = -1;

    /** As {@link #versions}, for configuration versions. */
    public static Set<Integer> configVersions(String ifMatch) {
        Set<Integer> versions = new HashSet<>();
        for (long version : versions(ifMatch)) {
            versions.add(version > Integer.MAX_VALUE ? (int) NOTHING : (int) version);
        }
        return versions;
    }

    private static void versionOf(String tag, Set<Long> versions) {
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return;
        }
        try {
            versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException notOurs) {
            // a tag we never issued matches no version
        }
    }
}
