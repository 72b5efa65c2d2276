package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.qualification.domain.learning.RuleSuggestions.JudgedScore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSuggestionsTests {

    @Test
    void aRuleGivingPointsToLeadsSalesRejectsIsSuggestedAndOneThatAgreesIsNot() {
        List<JudgedScore> judged = new ArrayList<>();
        // title-vp: +20 points, 6 of 30 accepted; title-manager: +10, 24 of 30 accepted; overall 30 of 60
        for (int i = 0; i < 30; i++) {
            judged.add(new JudgedScore(List.of(line("title-vp", 20), line("size-51", 15)), i < 6));
            judged.add(new JudgedScore(List.of(line("title-manager", 10), line("size-51", 15)), i < 24));
        }

        List<RuleSuggestions.Suggestion> suggestions = RuleSuggestions.suggest(judged, "accepted", 20);

        assertThat(suggestions).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.ruleId()).isEqualTo("title-vp");
            assertThat(suggestion.rate()).isEqualTo(0.2);
            assertThat(suggestion.overallRate()).isEqualTo(0.5);
            // (0.2 - 0.5) / sqrt(0.25 / 30)
            assertThat(suggestion.z()).isCloseTo(-3.286, within(0.001));
            assertThat(suggestion.explanation())
                    .isEqualTo("title-vp gives +20 points, yet 20 % of its 30 leads were accepted against 50 % of all "
                            + "judged leads: try fewer points in a backtest");
        });
    }

    @Test
    void aPenaltyOnLeadsSalesAcceptsIsSuggestedTooButNotARuleWithTooFewLeadsOrWithinChance() {
        List<JudgedScore> judged = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            judged.add(new JudgedScore(List.of(line("negative-student", -40)), i < 32));
            judged.add(new JudgedScore(List.of(line("title-vp", 20)), i < 10));
            judged.add(new JudgedScore(List.of(line("industry-software", 10)), i < 19));
        }
        judged.add(new JudgedScore(List.of(line("rare-rule", 50)), false));

        assertThat(RuleSuggestions.suggest(judged, "accepted", 20)).extracting(RuleSuggestions.Suggestion::ruleId)
                .containsExactly("negative-student", "title-vp");
    }

    private static ScoreContribution line(String rule, int points) {
        return new ScoreContribution(rule, points < 0 ? ScoreCategory.NEGATIVE : ScoreCategory.FIT, points, "because",
                null);
    }
}
