package dev.leadbridge.qualification.api;

import dev.leadbridge.qualification.domain.lifecycle.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Set;

/**
 * A lead's version as an HTTP entity tag ({@code ETag: "3"}) and {@code If-Match} read back into the versions a caller
 * accepts (RFC 9110 §13.1.1). Tags are strong; a weak or unreadable tag matches nothing, so the request fails with 412
 * rather than acting on a version the caller never saw.
 */
final class EntityTags {

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.ANY;
        }
        if (ifMatch.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            versionOf(tag.strip(), versions);
        }
        return ExpectedVersion.oneOf(versions);
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
