package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.Locale;
import java.util.Set;

/**
 * A named sales territory of the routing table: the countries it covers. Every lead of those countries belongs to it,
 * whichever team routing picks, so reports by territory follow the map sales is organised by.
 *
 * @param name      how reports and {@code lead.assigned} name it, e.g. {@code DACH}
 * @param countries ISO-3166 alpha-2 codes; a country belongs to at most one territory
 */
public record Territory(String name, Set<String> countries) {

    static final int MAX_NAME_LENGTH = 60;
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Territory {
        countries = Lenient.set(countries);
    }

    void validate(String path, Problems problems) {
        if (problems.requireText(name, path + ".name")) {
            problems.check(name.length() <= MAX_NAME_LENGTH && name.equals(name.strip()),
                    "%s.name must be at most %d characters without leading or trailing spaces", path,
                    MAX_NAME_LENGTH);
        }
        problems.check(!countries.isEmpty(), "%s.countries must name at least one country", path);
        for (String country : countries) {
            problems.check(country != null && ISO_COUNTRIES.contains(country),
                    "%s.countries: '%s' is not an upper-case ISO-3166 alpha-2 code", path, country);
        }
    }
}
