package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.ConversionTraining;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.LeadSignals;
import dev.leadbridge.qualification.domain.learning.NotEnoughOutcomesException;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.LeadTimelines;
import dev.leadbridge.qualification.persistence.OutcomeHistory;
import dev.leadbridge.qualification.persistence.OutcomeHistory.JudgedLead;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The conversion models learned from sales' judgements, one per outcome, each kept as configuration history (kinds
 * {@code conversion-model-accepted} and {@code conversion-model-won}): training publishes a new version, an import
 * too, and the newest is the one in use. Training reads every judged lead (what it was at its MQL moment, from
 * {@link OutcomeHistory} and its touchpoints), scores it under the scoring model in use at that moment for the fit and
 * engagement signals, and learns off the event loop.
 */
@ApplicationScoped
public class ConversionModels {

    private static final Logger LOG = Logger.getLogger(ConversionModels.class);
    /** Judged leads read at a time. */
    static final int PAGE = 2_000;

    private final OutcomeHistory outcomes;
    private final LeadTimelines timelines;
    private final ScoringModels scoringModels;
    private final LeadScoring scoring;
    private final ConfigDocuments documents;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConversionTraining.Options options;
    private final int maxLeads;

    ConversionModels(OutcomeHistory outcomes, LeadTimelines timelines, ScoringModels scoringModels,
                     LeadScoring scoring, ConfigDocuments documents, ObjectMapper json, Clock clock,
                     @ConfigProperty(name = "leadbridge.qualification.conversion.min-per-class") int minPerClass,
                     @ConfigProperty(name = "leadbridge.qualification.conversion.max-leads") int maxLeads) {
        this.outcomes = outcomes;
        this.timelines = timelines;
        this.scoringModels = scoringModels;
        this.scoring = scoring;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
        this.options = new ConversionTraining.Options(minPerClass, 0.25, 1, 1.0, 20);
        this.maxLeads = maxLeads;
    }

    public static String kindOf(ConversionOutcome outcome) {
        return "conversion-model-" + outcome.wire();
    }

    private static String whatOf(ConversionOutcome outcome) {
        return "the " + outcome.wire() + " conversion model";
    }

    /**
     * Learns the outcome from every judged lead and publishes the model as the next version.
     *
     * @throws NotEnoughOutcomesException below the configured minimum of leads with and without the outcome
     */
    public Uni<Versioned<ConversionModelDocument>> train(ConversionOutcome outcome, ConfigChange change) {
        Instant now = clock.instant();
        // reading and learning run on worker threads; publishing (a Hibernate Reactive transaction) must run back on
        // the caller's Vert.x context
        Context caller = Vertx.currentContext();
        Uni<ConversionModelDocument> learned = Panache.withSession(() -> scoringModels.current()
                        .chain(model -> scoring.competitors()
                                .map(competitors -> new Scoring(scoringModels.scorerFor(model), model, competitors))))
                .chain(scoringInUse -> labelled(outcome, scoringInUse))
                .map(read -> document(outcome, read, now));
        return (caller == null ? learned : learned.emitOn(command -> caller.runOnContext(ignored -> command.run())))
                .chain(document -> publish(document, change));
    }

    /** The model in use for the outcome; empty before the first training or import. */
    public Uni<Optional<Versioned<ConversionModelDocument>>> current(ConversionOutcome outcome) {
        return Panache.withSession(() -> documents.latest(kindOf(outcome)))
                .map(latest -> latest.map(stored -> new Versioned<>(read(stored), stored.version())));
    }

    /**
     * Publishes a model trained elsewhere (or exported earlier) as the next version for its outcome.
     *
     * @throws InvalidDocumentException if the document is malformed, predicts another outcome or reads signals this
     *                                  service does not compute; the model in use stays
     */
    public Uni<Versioned<ConversionModelDocument>> importModel(ConversionOutcome outcome,
                                                               ConversionModelDocument document,
                                                               ConfigChange change) {
        document.toDomain();
        if (document.predicts() != outcome) {
            throw new InvalidDocumentException("the conversion model", List.of("outcome must be " + outcome.wire()
                    + " for this model, was " + document.outcome()));
        }
        return publish(document, change);
    }

    private Uni<Versioned<ConversionModelDocument>> publish(ConversionModelDocument document, ConfigChange change) {
        ConversionOutcome outcome = document.predicts();
        return Panache.withTransaction(() -> documents.publish(kindOf(outcome), write(document), 1, whatOf(outcome),
                        change))
                .invoke(stored -> LOG.infof("%s version %d in use (%d features)", whatOf(outcome), stored.version(),
                        document.features().size()))
                .map(stored -> new Versioned<>(document, stored.version()));
    }

    private record Scoring(Scorer scorer, ScoringModel model, DomainList competitors) {
    }

    private record Read(List<Labelled> labelled, Instant from, Instant to) {
    }

    private Uni<Read> labelled(ConversionOutcome outcome, Scoring scoringInUse) {
        List<Labelled> labelled = new ArrayList<>();
        List<Instant> moments = new ArrayList<>();
        return next(outcome, scoringInUse, labelled, moments, Optional.empty()).map(done -> new Read(labelled,
                moments.stream().min(Comparator.naturalOrder()).orElse(null),
                moments.stream().max(Comparator.naturalOrder()).orElse(null)));
    }

    private Uni<Void> next(ConversionOutcome outcome, Scoring scoringInUse, List<Labelled> labelled,
                           List<Instant> moments, Optional<OutcomeHistory.Cursor> after) {
        return outcomes.page(after, PAGE).chain(page -> {
            if (page.leads().isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return timelines.touchpointsOf(page.leads().stream().map(JudgedLead::id).toList())
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(touchpoints -> {
                        for (JudgedLead lead : page.leads()) {
                            Integer label = labelOf(outcome, lead);
                            if (label != null) {
                                labelled.add(new Labelled(signalsOf(lead, touchpoints, scoringInUse), label));
                                moments.add(lead.mqlAt());
                            }
                        }
                    })
                    .chain(() -> page.next().isEmpty() || labelled.size() >= maxLeads ? Uni.createFrom().voidItem()
                            : next(outcome, scoringInUse, labelled, moments, page.next()));
        });
    }

    private static Integer labelOf(ConversionOutcome outcome, JudgedLead lead) {
        if (outcome == ConversionOutcome.ACCEPTED) {
            return lead.accepted() ? 1 : 0;
        }
        return lead.won() == null ? null : lead.won() ? 1 : 0;
    }

    private static LeadSignals.Example signalsOf(JudgedLead lead, Map<UUID, List<EngagementEvent>> touchpoints,
                                                 Scoring scoringInUse) {
        LeadProfile profile = LeadScoring.profileOf(new LeadDetails(lead.email(), null, null, null, lead.jobTitle(),
                null, lead.companyDomain(), lead.companySize(), lead.industry(), lead.country(), lead.channel(),
                lead.campaign(), null, lead.mqlAt(), null, null), scoringInUse.competitors());
        List<EngagementEvent> before = touchpoints.getOrDefault(lead.id(), List.of()).stream()
                .filter(touchpoint -> !touchpoint.occurredAt().isAfter(lead.mqlAt())).toList();
        Scorecard card = scoringInUse.scorer().score(profile, before, lead.mqlAt());
        return LeadSignals.of(profile, lead.channel(), lead.campaign(), before, freeMail(scoringInUse.model()),
                card.score().fit(), card.score().engagement(), lead.mqlAt());
    }

    private static Set<String> freeMail(ScoringModel model) {
        var rule = model.fit() == null ? null : model.fit().emailDomain();
        return rule == null || rule.freeMailDomains() == null ? Set.of() : Set.copyOf(rule.freeMailDomains());
    }

    private ConversionModelDocument document(ConversionOutcome outcome, Read read, Instant now) {
        ConversionTraining.Result result = ConversionTraining.train(read.labelled(), options);
        if (result instanceof ConversionTraining.NotEnoughOutcomes tooFew) {
            throw new NotEnoughOutcomesException(outcome, tooFew);
        }
        ConversionTraining.Trained trained = (ConversionTraining.Trained) result;
        LOG.infof("Learned %s from %d judged leads: hold-out AUC %s, log loss %.4f (base rate's %.4f)",
                outcome.wire(), read.labelled().size(), trained.holdOut().auc(), trained.holdOut().logLoss(),
                trained.holdOut().baseRateLogLoss());
        return ConversionModelDocument.of(outcome, trained.model(), now, new ConversionModelDocument.Training(
                        read.from(), read.to(), trained.trainingExamples(), trained.positives(), trained.negatives(),
                        options.l2(), options.holdOutShare(), options.seed(), options.minLevelCount()),
                trained.holdOut());
    }

    private String write(ConversionModelDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConversionModelDocument read(StoredDocument stored) {
        try {
            return json.readValue(stored.document(), ConversionModelDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
