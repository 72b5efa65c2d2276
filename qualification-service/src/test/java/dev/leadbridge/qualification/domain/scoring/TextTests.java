package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTests {

    /** The definition of a word that {@link Text#words} implements without a regular expression. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String ALPHABET = "aZ9 ,.-_&|/'\t\néÉßİıǅⅧ²½٣ー中\uD835\uDC00\uD83D\uDE00\uD800";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "VP, Marketing", "  Head of Demand-Generation ", "Founder & CEO", "Ⅻ Director",
        "Über-Manager", "İstanbul Sales", "x²", "Chief 𝐀 Officer", "--", "a", "CTO/CIO"})
    void splitsIntoLowerCaseLettersAndDigits(String text) {
        assertThat(Text.words(text)).isEqualTo(byPattern(text));
    }

    @Test
    void splitsAsThePatternDoesOnRandomText() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(ALPHABET.length());
                text.append(ALPHABET.charAt(at));
            }
            assertThat(Text.words(text.toString())).as("'%s'", text).isEqualTo(byPattern(text.toString()));
        }
    }

    @Test
    void matchesADomainAndItsSubdomainsOnly() {
        assertThat(Text.domainMatches("rival.com", "rival.com")).isTrue();
        assertThat(Text.domainMatches("eu.rival.com", "Rival.com")).isTrue();
        assertThat(Text.domainMatches("mit.edu", ".edu")).isTrue();
        assertThat(Text.domainMatches("notrival.com", "rival.com")).isFalse();
        assertThat(Text.domainMatches("rival.com", "eu.rival.com")).isFalse();
        assertThat(Text.domainMatches(".rival.com", "rival.com")).isTrue();
        assertThat(Text.domainMatches("", "rival.com")).isFalse();
    }

    private static List<String> byPattern(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }
}
