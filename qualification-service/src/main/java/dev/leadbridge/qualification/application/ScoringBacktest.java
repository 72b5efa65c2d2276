package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.ModelComparison;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.domain.scoring.ScoringReplay;
import dev.leadbridge.qualification.persistence.LeadTimelines;
import dev.leadbridge.qualification.persistence.LeadTimelines.Cursor;
import dev.leadbridge.qualification.persistence.LeadTimelines.LeadTimeline;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Scores real leads under a draft model beside the model in use, without writing anything: each lead's timeline (its
 * capture and every touchpoint, at their real times) is replayed under both ({@link ScoringReplay}), and the two are
 * compared with the outcomes sales recorded ({@link ModelComparison}). Leads are read a page at a time and scored off
 * the event loop.
 */
@ApplicationScoped
public class ScoringBacktest {

    private static final Logger LOG = Logger.getLogger(ScoringBacktest.class);
    /** Leads read and scored at a time. */
    public static final int PAGE = 2_000;
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final LeadTimelines timelines;
    private final ScoringModels models;
    private final LeadScoring scoring;
    private final Clock clock;
    private final int maxLeads;

    ScoringBacktest(LeadTimelines timelines, ScoringModels models, LeadScoring scoring, Clock clock,
                    @ConfigProperty(name = "leadbridge.qualification.backtest.max-leads") int maxLeads) {
        this.timelines = timelines;
        this.models = models;
        this.scoring = scoring;
        this.clock = clock;
        this.maxLeads = maxLeads;
    }

    /** Which leads: the last {@code last} captured, or those captured in {@code [from, to)}. */
    public record Window(Integer last, Instant from, Instant to) {
    }

    /**
     * The comparison of the model in use and the draft over the window's leads.
     *
     * @param truncated the window held more than the configured maximum of leads; the first were compared
     */
    public record Result(int liveModelVersion, Instant from, Instant to, boolean truncated,
                         ModelComparison.Report report) {
    }

    /**
     * @throws InvalidDocumentException if the draft does not validate
     */
    public Uni<Result> run(ScoringModel draft, Window window) {
        InvalidDocumentException.throwIfAny("the draft model", ScoringModels.problemsOf(draft));
        ScoringModel validDraft = draft.withVersion(Math.max(1, draft.version()));
        Scorer draftScorer = Scorer.forModel(validDraft);
        Instant now = clock.instant();
        Instant to = window.to() == null ? END_OF_TIME : window.to();
        return Panache.withSession(() -> models.current().chain(live -> scoring.competitors()
                        .map(competitors -> new Models(live, models.scorerFor(live), validDraft, draftScorer,
                                competitors))))
                .chain(compared -> start(window).chain(from -> {
                    Run run = new Run(compared, now, from, to);
                    return run.next(Optional.empty()).map(done -> new Result(compared.live().version(), from,
                            window.to(), run.truncated, run.comparison.report()));
                }));
    }

    private Uni<Instant> start(Window window) {
        if (window.last() == null) {
            return Uni.createFrom().item(window.from());
        }
        // fewer leads than asked for: all of them
        return timelines.capturedAtOfLast(window.last()).map(found -> found.orElse(Instant.EPOCH));
    }

    private record Models(ScoringModel live, Scorer liveScorer, ScoringModel draft, Scorer draftScorer,
                          DomainList competitors) {
    }

    /** One backtest's progress through the window. */
    private final class Run {

        private final Models models;
        private final Instant until;
        private final Instant from;
        private final Instant to;
        private final ModelComparison comparison = new ModelComparison();
        private int compared;
        private boolean truncated;

        Run(Models models, Instant until, Instant from, Instant to) {
            this.models = models;
            this.until = until;
            this.from = from;
            this.to = to;
        }

        Uni<Void> next(Optional<Cursor> after) {
            int size = Math.min(PAGE, maxLeads - compared);
            return timelines.page(from, to, after, size).chain(page -> {
                if (page.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                return timelines.touchpointsOf(page.stream().map(LeadTimeline::id).toList())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .invoke(touchpoints -> compare(page, touchpoints))
                        .chain(() -> {
                            if (compared >= maxLeads) {
                                truncated = true;
                                LOG.warnf("Backtest stopped at %d leads (leadbridge.qualification.backtest.max-leads)",
                                        compared);
                                return Uni.createFrom().voidItem();
                            }
                            return page.size() < size ? Uni.createFrom().voidItem()
                                    : next(Optional.of(Cursor.after(page.get(page.size() - 1))));
                        });
            });
        }

        private void compare(List<LeadTimeline> page, Map<java.util.UUID, List<EngagementEvent>> touchpoints) {
            for (LeadTimeline lead : page) {
                var profile = LeadScoring.profileOf(detailsOf(lead), models.competitors());
                List<EngagementEvent> events = touchpoints.getOrDefault(lead.id(), List.of());
                comparison.add(
                        ScoringReplay.judge(models.liveScorer(), models.live().mql(), profile, events,
                                lead.capturedAt(), until),
                        ScoringReplay.judge(models.draftScorer(), models.draft().mql(), profile, events,
                                lead.capturedAt(), until),
                        lead.outcome());
                compared++;
            }
        }
    }

    private static LeadDetails detailsOf(LeadTimeline lead) {
        return new LeadDetails(lead.email(), null, null, null, lead.jobTitle(), null, lead.companyDomain(),
                lead.companySize(), lead.industry(), lead.country(), null, null, null, lead.capturedAt(),
                lead.consentWithdrawnAt(), null);
    }
}
