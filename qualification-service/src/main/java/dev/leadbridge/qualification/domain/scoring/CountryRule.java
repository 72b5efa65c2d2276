package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fit points for a lead in one of {@code countries} (ISO-3166 alpha-2): a sales territory as marketing scores it.
 */
public record CountryRule(String id, List<String> countries, int points) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public CountryRule {
        countries = Lenient.list(countries);
    }

    boolean covers(String country) {
        return countries.contains(country);
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        ScoringModel.checkPoints(problems, path + ".points", points);
        problems.check(!countries.isEmpty(), "%s.countries must name at least one country", path);
        for (int i = 0; i < countries.size(); i++) {
            String country = countries.get(i);
            problems.check(country != null && ISO_COUNTRIES.contains(country),
                    "%s.countries[%d] must be an upper-case ISO-3166 alpha-2 code, was '%s'", path, i, country);
        }
    }
}
