package dev.leadbridge.qualification.domain.scoring;

import java.util.ArrayList;
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

    /** Dot-separated labels of letters, digits and inner hyphens. */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*");

    private static final int MAX_MEMOISED_PHRASES = 10_000;
    private static final Map<String, List<String>> PHRASE_WORDS = new ConcurrentHashMap<>();

    private Text() {
    }

    /**
     * Lower-case words of the text: letters and digits ({@code \p{L}}, {@code \p{N}}), split at everything else.
     * Split by hand rather than with a pattern: every lead's title is split on every score, and the regular
     * expression with its stream was a visible share of scoring's time in a profile.
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return Collections.unmodifiableList(words);
    }

    /** A letter or a number, as {@code \p{L}} and {@code \p{N}} define them. */
    private static boolean isWordCharacter(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
        List<String> memoised = PHRASE_WORDS.get(phrase);
        if (memoised != null) {
            return memoised;
        }
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
        return normalisedDomainMatches(domain(domain), domain(pattern));
    }

    /** {@link #domainMatches} for a domain and a pattern already normalised by {@link #domain}. */
    static boolean normalisedDomainMatches(String d, String p) {
        return !d.isEmpty() && !p.isEmpty() && (d.equals(p) || isSubdomain(d, p));
    }

    /** {@code d.endsWith("." + p)} without building the suffix: negative rules check every domain of every lead. */
    private static boolean isSubdomain(String d, String p) {
        int dot = d.length() - p.length() - 1;
        return dot >= 0 && d.charAt(dot) == '.' && d.endsWith(p);
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
