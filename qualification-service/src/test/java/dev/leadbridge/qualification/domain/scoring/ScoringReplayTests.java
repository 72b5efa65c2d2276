package dev.leadbridge.qualification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.TouchpointType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringReplayTests {

    private static final ScoringModel MODEL = ScoringModel.defaultModel();
    private static final Scorer SCORER = Scorer.forModel(MODEL);
    private static final Instant CAPTURED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant NOW = CAPTURED.plus(Duration.ofDays(30));
    private static final LeadProfile STRONG = new LeadProfile("engines.example", "engines.example", "VP Marketing",
            500, "Software", "GB", Set.of());
    private static final LeadProfile WEAK = new LeadProfile("gmail.com", null, "Student", 1, "Education", "BR",
            Set.of());

    @Test
    void aLeadStrongEnoughAtItsCaptureIsAnMqlFromTheStart() {
        ModelComparison.Judgement judged = ScoringReplay.judge(SCORER, MODEL.mql(), STRONG, List.of(), CAPTURED, NOW);

        assertThat(judged.mql()).isTrue();
        assertThat(judged.total()).isEqualTo(SCORER.score(STRONG, List.of(), CAPTURED).total());
    }

    @Test
    void aWeakLeadBecomesAnMqlWhenItRaisesItsHandAndNotBeforeItDid() {
        EngagementEvent demo = touchpoint(TouchpointType.DEMO_REQUEST, CAPTURED.plus(Duration.ofDays(3)));

        assertThat(ScoringReplay.judge(SCORER, MODEL.mql(), WEAK, List.of(), CAPTURED, NOW).mql()).isFalse();
        assertThat(ScoringReplay.judge(SCORER, MODEL.mql(), WEAK, List.of(demo), CAPTURED, NOW).mql()).isTrue();
        assertThat(ScoringReplay.judge(SCORER, MODEL.mql(), WEAK, List.of(demo), CAPTURED,
                CAPTURED.plus(Duration.ofDays(2))).mql()).as("the demo request lies after the replay's end").isFalse();
    }

    @Test
    void aModelThatAsksMoreQualifiesFewerOfTheSameLeads() {
        ScoringModel strict = new ScoringModel(2, MODEL.fit(), MODEL.engagement(), MODEL.negative(), MODEL.grades(),
                new MqlCriteria(1_000, MODEL.mql().minGrade(), Set.of(), MODEL.mql().handRaiserWindow()));

        assertThat(ScoringReplay.judge(Scorer.forModel(strict), strict.mql(), STRONG, List.of(), CAPTURED, NOW).mql())
                .isFalse();
    }

    @Test
    void theJudgementDoesNotDependOnTheOrderTouchpointsAreGivenIn() {
        List<EngagementEvent> touchpoints = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            touchpoints.add(touchpoint(day % 3 == 0 ? TouchpointType.PRICING_PAGE_VIEW : TouchpointType.PAGE_VIEW,
                    CAPTURED.minus(Duration.ofDays(2)).plus(Duration.ofDays(day))));
        }
        ModelComparison.Judgement inOrder = ScoringReplay.judge(SCORER, MODEL.mql(), WEAK, touchpoints, CAPTURED, NOW);
        Collections.shuffle(touchpoints, new java.util.Random(7));

        assertThat(ScoringReplay.judge(SCORER, MODEL.mql(), WEAK, touchpoints, CAPTURED, NOW)).isEqualTo(inOrder);
    }

    private static EngagementEvent touchpoint(TouchpointType type, Instant at) {
        return new EngagementEvent(UUID.nameUUIDFromBytes((type + "@" + at).getBytes()), type, at);
    }
}
