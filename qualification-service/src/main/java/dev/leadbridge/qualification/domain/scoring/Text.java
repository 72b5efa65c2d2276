package dev.leadbridge.qualification.domain.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Normalises the free text scoring compares, so rules match "VP, Marketing" and "vp marketing" alike and a keyword
 * never matches inside another word ("cto" is not in "director").
 */
final class Text {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Dot-separated labels of letters, digits and inner hyphens. */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*");

    private static final int MAX_MEMOISED_PHRASES = 10_000;
    private static final Map<String, List<String>> PHRASE_WORDS = new ConcurrentHashMap<>();

    private Text() {
    }

    /** Lower-case words of the text: letters and digits, split at everything else. */
    static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Whether the words of {@code phrase} occur in {@code words} consecutively. */
    static boolean containsPhrase(List<String> words, String phrase) {
        List<String> wanted = phraseWords(phrase);
        return !wanted.isEmpty() && Collections.indexOfSubList(words, wanted) >= 0;
    }

    /**
     * The words of a rule's keyword, split once: a profile showed scoring spending a sixth of its time re-running the
     * split for every keyword of every rule on every lead. Keywords come from the model, so the memo stays small; it
     * is emptied should a flood of distinct phrases ever reach it.
     */
    private static List<String> phraseWords(String phrase) {
        if (PHRASE_WORDS.size() > MAX_MEMOISED_PHRASES) {
            PHRASE_WORDS.clear();
        }
        return PHRASE_WORDS.computeIfAbsent(phrase, Text::words);
    }

    /** A domain as rules compare it: trimmed, lower case, without a leading {@code @} or dot. */
    static String domain(String domain) {
        String trimmed = domain.trim().toLowerCase(Locale.ROOT);
        while (trimmed.startsWith("@") || trimmed.startsWith(".")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed;
    }

    /**
     * Whether {@code domain} is {@code pattern} or one of its subdomains, so "edu" covers "mit.edu" and
     * "rival.com" covers "eu.rival.com" but not "notrival.com".
     */
    static boolean domainMatches(String domain, String pattern) {
        String d = domain(domain);
        String p = domain(pattern);
        return !d.isEmpty() && !p.isEmpty() && (d.equals(p) || d.endsWith("." + p));
    }

    /** Whether the text, normalised by {@link #domain}, is a domain name or a suffix of one ("edu", "rival.com"). */
    static boolean isDomain(String text) {
        return DOMAIN.matcher(domain(text)).matches();
    }

    /** Free text as rules compare it: trimmed, lower case. */
    static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
