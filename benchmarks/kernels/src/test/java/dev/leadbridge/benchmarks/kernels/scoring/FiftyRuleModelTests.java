package dev.leadbridge.benchmarks.kernels.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.EngagementRule;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the scoring benchmark measuring what it says: a valid 50-rule model and leads of 20 touchpoints. */
class FiftyRuleModelTests {

    private static final ScoringModel MODEL = FiftyRuleModel.MODEL;

    @Test
    void validatesAsAPublishableModel() {
        assertThat(MODEL.validate()).isEmpty();
    }

    @Test
    void hasFiftyRulesMadeUpAsDocumented() {
        assertThat(MODEL.fit().titles()).hasSize(FiftyRuleModel.TITLE_RULES);
        assertThat(MODEL.fit().companySizes()).hasSize(FiftyRuleModel.COMPANY_SIZE_BANDS);
        assertThat(MODEL.fit().industries()).hasSize(FiftyRuleModel.INDUSTRY_RULES);
        assertThat(MODEL.fit().countries()).hasSize(FiftyRuleModel.COUNTRY_RULES);
        assertThat(MODEL.fit().emailDomain()).isNotNull();
        assertThat(MODEL.engagement()).hasSize(FiftyRuleModel.ENGAGEMENT_RULES);
        assertThat(MODEL.negative()).hasSize(FiftyRuleModel.NEGATIVE_RULES);

        assertThat(FiftyRuleModel.ruleCount(MODEL)).isEqualTo(50);
    }

    @Test
    void scoresEveryEngagingTouchpointType() {
        // an unsubscribe is no engagement: it withdraws consent, which the unsubscribed negative rule scores
        assertThat(MODEL.engagement()).extracting(EngagementRule::type)
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(TouchpointType.UNSUBSCRIBE)));
    }

    @Test
    void givesEveryPooledLeadTwentyTouchpointsBeforeItIsScored() {
        ScoredLeads leads = ScoredLeads.generate(ScoringBenchmarks.POOL_SIZE, 1);

        for (int lead = 0; lead < leads.size(); lead++) {
            assertThat(leads.touchpoints(lead)).hasSize(ScoredLeads.TOUCHPOINTS_PER_LEAD)
                    .allSatisfy(event -> assertThat(event.occurredAt()).isBefore(ScoredLeads.SCORED_AT));
        }
    }

    @Test
    void scoresThePoolWithEveryKindOfRuleFiringSomewhere() {
        ScoredLeads leads = ScoredLeads.generate(ScoringBenchmarks.POOL_SIZE, 1);
        Scorer scorer = Scorer.forModel(MODEL);
        Set<String> firedRules = new HashSet<>();

        for (int lead = 0; lead < leads.size(); lead++) {
            Scorecard card = scorer.score(leads.profile(lead), leads.touchpoints(lead), ScoredLeads.SCORED_AT);
            assertThat(card.score().breakdown().stream().mapToInt(ScoreContribution::points).sum())
                    .isEqualTo(card.total());
            card.score().breakdown().forEach(line -> firedRules.add(line.ruleId().replaceAll("-.*", "")));
        }

        assertThat(firedRules).contains("title", "size", "industry", "territory", "email", "engagement", "negative");
    }

    @Test
    void drawsTheSameLeadsFromTheSameSeed() {
        ScoredLeads first = ScoredLeads.generate(16, 42);
        ScoredLeads second = ScoredLeads.generate(16, 42);

        for (int lead = 0; lead < first.size(); lead++) {
            assertThat(second.profile(lead)).isEqualTo(first.profile(lead));
            assertThat(second.touchpoints(lead)).extracting(EngagementEvent::touchpointId)
                    .isEqualTo(first.touchpoints(lead).stream().map(EngagementEvent::touchpointId).toList());
        }
    }
}
