package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.qualification.domain.lifecycle.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.Set;

/**
 * A lead's version as an HTTP entity tag ({@code ETag: "3"}) and {@code If-Match} read back into the versions a caller
 * accepts, as {@link IfMatch} reads every tag the services issue.
 */
final class EntityTags {

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    static ExpectedVersion expected(String ifMatch) {
        Set<Long> versions = IfMatch.versions(ifMatch);
        return versions.isEmpty() ? ExpectedVersion.ANY : ExpectedVersion.oneOf(versions);
    }
}
