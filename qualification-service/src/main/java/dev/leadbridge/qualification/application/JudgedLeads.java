package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.LeadSignals;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.LeadTimelines;
import dev.leadbridge.qualification.persistence.OutcomeHistory.JudgedLead;
import dev.leadbridge.qualification.persistence.OutcomeHistory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every lead sales has judged, as it was when it became an MQL: its signals for the conversion models, and its
 * scorecard under the scoring model in use (what the rules would say of it) for comparing rules with outcomes. Read a
 * page at a time; the work of each page runs on a worker thread, and so does what the caller does with the result.
 */
@ApplicationScoped
public class JudgedLeads {

    /** Judged leads read at a time. */
    static final int PAGE = 2_000;

    private final OutcomeHistory outcomes;
    private final LeadTimelines timelines;
    private final ScoringModels scoringModels;
    private final LeadScoring scoring;

    JudgedLeads(OutcomeHistory outcomes, LeadTimelines timelines, ScoringModels scoringModels, LeadScoring scoring) {
        this.outcomes = outcomes;
        this.timelines = timelines;
        this.scoringModels = scoringModels;
        this.scoring = scoring;
    }

    /** A judged lead at its MQL moment. */
    public record Judged(JudgedLead lead, LeadSignals.Example signals, Scorecard card) {

        /** 1 if the outcome happened, 0 if not, null while unknown (an open lead has not been won or lost). */
        Integer label(ConversionOutcome outcome) {
            if (outcome == ConversionOutcome.ACCEPTED) {
                return lead.accepted() ? 1 : 0;
            }
            return lead.won() == null ? null : lead.won() ? 1 : 0;
        }
    }

    private record Scoring(Scorer scorer, ScoringModel model, DomainList competitors) {
    }

    /** At most {@code max} judged leads, the first captured. */
    public Uni<List<Judged>> read(int max) {
        return Panache.withSession(() -> scoringModels.current().chain(model -> scoring.competitors()
                        .map(competitors -> new Scoring(scoringModels.scorerFor(model), model, competitors))))
                .chain(inUse -> {
                    List<Judged> judged = new ArrayList<>();
                    return next(inUse, judged, max, Optional.empty()).replaceWith(judged);
                });
    }

    private Uni<Void> next(Scoring inUse, List<Judged> judged, int max, Optional<OutcomeHistory.Cursor> after) {
        return outcomes.page(after, PAGE).chain(page -> {
            if (page.leads().isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return timelines.touchpointsOf(page.leads().stream().map(JudgedLead::id).toList())
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(touchpoints -> page.leads().forEach(lead -> {
                        if (judged.size() < max) {
                            judged.add(judge(lead, touchpoints, inUse));
                        }
                    }))
                    .chain(() -> page.next().isEmpty() || judged.size() >= max ? Uni.createFrom().voidItem()
                            : next(inUse, judged, max, page.next()));
        });
    }

    private static Judged judge(JudgedLead lead, Map<UUID, List<EngagementEvent>> touchpoints, Scoring inUse) {
        LeadDetails details = new LeadDetails(lead.email(), null, null, null, lead.jobTitle(), null,
                lead.companyDomain(), lead.companySize(), lead.industry(), lead.country(), lead.channel(),
                lead.campaign(), null, lead.mqlAt(), null, null);
        LeadProfile profile = LeadScoring.profileOf(details, inUse.competitors());
        List<EngagementEvent> before = touchpoints.getOrDefault(lead.id(), List.of()).stream()
                .filter(touchpoint -> !touchpoint.occurredAt().isAfter(lead.mqlAt())).toList();
        Scorecard card = inUse.scorer().score(profile, before, lead.mqlAt());
        return new Judged(lead, LeadScoring.signalsOf(details, profile, before, inUse.model(), card, lead.mqlAt()),
                card);
    }
}
