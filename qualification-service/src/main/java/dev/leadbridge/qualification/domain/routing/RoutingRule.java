package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Locale;
import java.util.Set;

/**
 * Sends leads of a territory, segment and channel to a team. An empty condition matches every lead, so a rule says
 * only what it cares about ("all enterprise leads" leaves countries and channels empty).
 *
 * @param priority  rules are tried lowest first; each priority is used once, so the order is never accidental
 * @param countries the territory, as ISO-3166 alpha-2 codes
 */
public record RoutingRule(
        String id, int priority, String teamId, Set<String> countries, Set<Segment> segments, Set<Channel> channels) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public RoutingRule {
        countries = Lenient.set(countries);
        segments = Lenient.set(segments);
        channels = Lenient.set(channels);
    }

    boolean matches(RoutingRequest lead, Segment segment) {
        return (countries.isEmpty() || countries.contains(lead.country()))
                && (segments.isEmpty() || segments.contains(segment))
                && (channels.isEmpty() || channels.contains(lead.channel()));
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.check(!RoutingTable.RESERVED_RULE_IDS.contains(id), "%s.id '%s' is reserved", path, id);
        problems.requireText(teamId, path + ".teamId");
        for (String country : countries) {
            problems.check(country != null && ISO_COUNTRIES.contains(country),
                    "%s.countries: '%s' is not an upper-case ISO-3166 alpha-2 code", path, country);
        }
        problems.check(!segments.contains(null), "%s.segments must not contain an empty entry", path);
        problems.check(!channels.contains(null), "%s.channels must not contain an empty entry", path);
    }
}
