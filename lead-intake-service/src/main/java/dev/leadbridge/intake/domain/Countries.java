package dev.leadbridge.intake.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what people type into a country field — {@code de}, {@code DEU}, {@code Germany}, {@code Deutschland} —
 * into its ISO-3166 alpha-2 code, using the JDK's own country data.
 */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_ALPHA_3_OR_NAME = indexByAlpha3AndNames();

    private Countries() {
    }

    public static Optional<String> toAlpha2(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String value = input.trim();
        String upper = value.toUpperCase(Locale.ROOT);
        if (ALPHA_2.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(BY_ALPHA_3_OR_NAME.get(value.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> indexByAlpha3AndNames() {
        Map<String, String> index = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"), Locale.ITALIAN,
                new Locale("nl"), new Locale("pt")};
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            index.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            for (Locale language : languages) {
                index.putIfAbsent(country.getDisplayCountry(language).toLowerCase(Locale.ROOT), code);
            }
        }
        index.putIfAbsent("usa", "US");
        index.putIfAbsent("uk", "GB");
        return Map.copyOf(index);
    }
}
