package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Problems;
import java.time.Instant;

/** An absence (holiday, sick leave, training), from {@code start} inclusive to {@code end} exclusive. */
public record TimeOff(Instant start, Instant end) {

    boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    void validate(String path, Problems problems) {
        boolean complete = problems.require(start, path + ".start");
        complete &= problems.require(end, path + ".end");
        if (complete) {
            problems.check(start.isBefore(end), "%s must start before it ends (%s to %s)", path, start, end);
        }
    }
}
