package dev.leadbridge.platform.domains;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of internet domains (a competitor's, a disposable-mail provider's), matched the way people mean them: an
 * entry covers the domain and every subdomain ({@code rival.com} covers {@code eu.rival.com}, never
 * {@code notrival.com}). Entries are kept lower case, without a leading {@code @} or dot, each once, in the order
 * given.
 */
public record DomainList(List<String> domains) {

    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");

    public DomainList {
        domains = List.copyOf(new LinkedHashSet<>(domains.stream().map(DomainList::normalise).toList()));
    }

    public static DomainList empty() {
        return new DomainList(List.of());
    }

    /** What is wrong with the entries as given, one line per bad entry; empty when every entry is a domain. */
    public static List<String> problemsOf(List<String> entries) {
        List<String> problems = new ArrayList<>();
        if (entries == null) {
            problems.add("domains must be a list, empty to clear it");
            return problems;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry == null || !DOMAIN.matcher(normalise(entry)).matches()) {
                problems.add("domains[" + i + "] must be a domain name like rival.com, was '" + entry + "'");
            }
        }
        return problems;
    }

    /**
     * The entry that covers the e-mail address's domain or the domain itself, if one does.
     *
     * @param emailOrDomain {@code ada@eu.rival.com} or {@code eu.rival.com}; null matches nothing
     */
    public Optional<String> match(String emailOrDomain) {
        if (emailOrDomain == null || emailOrDomain.isBlank()) {
            return Optional.empty();
        }
        String domain = normalise(emailOrDomain.substring(emailOrDomain.lastIndexOf('@') + 1));
        return domains.stream().filter(entry -> domain.equals(entry) || domain.endsWith("." + entry)).findFirst();
    }

    private static String normalise(String entry) {
        if (entry == null) {
            return "";
        }
        String trimmed = entry.strip().toLowerCase(Locale.ROOT);
        while (trimmed.startsWith("@") || trimmed.startsWith(".")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
