package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.events.payload.Channel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What routing needs to know about a lead.
 *
 * @param country        ISO-3166 alpha-2, empty when unknown
 * @param companySize    employees, 0 when unknown
 * @param accountOwnerId the active owner of the lead's company (another open lead from the same company domain),
 *                       empty when there is none
 * @param excludedRepIds reps who must not get the lead, e.g. the owner an SLA escalation takes it away from
 */
public record RoutingRequest(
        String country, int companySize, Channel channel, String accountOwnerId, Set<String> excludedRepIds) {

    public RoutingRequest {
        country = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        Objects.requireNonNull(channel, "channel");
        accountOwnerId = accountOwnerId == null ? "" : accountOwnerId;
        excludedRepIds = excludedRepIds == null ? Set.of() : Set.copyOf(excludedRepIds);
    }

    /** A lead with no account owner and no one excluded. */
    public static RoutingRequest of(String country, int companySize, Channel channel) {
        return new RoutingRequest(country, companySize, channel, "", Set.of());
    }

    /** The same lead, whose company is already owned by {@code repId}. */
    public RoutingRequest withAccountOwner(String repId) {
        return new RoutingRequest(country, companySize, channel, repId, excludedRepIds);
    }

    /** The same lead, not to be given to {@code repId}: reassignment picks the next eligible rep. */
    public RoutingRequest excluding(String repId) {
        Set<String> excluded = new HashSet<>(excludedRepIds);
        excluded.add(repId);
        return new RoutingRequest(country, companySize, channel, accountOwnerId, excluded);
    }

    boolean excludes(String repId) {
        return excludedRepIds.contains(repId);
    }
}
