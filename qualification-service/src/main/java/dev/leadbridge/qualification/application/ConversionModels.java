package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.learning.ConversionModel;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.ConversionTraining;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.NotEnoughOutcomesException;
import dev.leadbridge.qualification.domain.learning.RuleSuggestions;
import dev.leadbridge.qualification.domain.learning.SegmentCalibration;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The conversion models learned from sales' judgements, one per outcome, each kept as configuration history (kinds
 * {@code conversion-model-accepted} and {@code conversion-model-won}): training publishes a new version, an import
 * too, and the newest is the one in use. Training learns off the event loop from every judged lead as
 * {@link JudgedLeads} reads it.
 */
@ApplicationScoped
public class ConversionModels {

    private static final Logger LOG = Logger.getLogger(ConversionModels.class);
    private final JudgedLeads judgedLeads;
    private final ConversionModelsInUse inUse;
    private final ConfigDocuments documents;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConversionTraining.Options options;
    private final int maxLeads;
    private final int minLeadsPerRule;

    ConversionModels(JudgedLeads judgedLeads, ConversionModelsInUse inUse, ConfigDocuments documents,
                     ObjectMapper json, Clock clock,
                     @ConfigProperty(name = "leadbridge.qualification.conversion.min-per-class") int minPerClass,
                     @ConfigProperty(name = "leadbridge.qualification.conversion.max-leads") int maxLeads,
                     @ConfigProperty(name = "leadbridge.qualification.conversion.min-leads-per-rule")
                     int minLeadsPerRule) {
        this.judgedLeads = judgedLeads;
        this.inUse = inUse;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
        this.options = new ConversionTraining.Options(minPerClass, 0.25, 1, 1.0, 20);
        this.maxLeads = maxLeads;
        this.minLeadsPerRule = minLeadsPerRule;
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
        Uni<ConversionModelDocument> learned = judgedLeads.read(maxLeads)
                .map(judged -> document(outcome, labelled(outcome, judged), now));
        return (caller == null ? learned : learned.emitOn(command -> caller.runOnContext(ignored -> command.run())))
                .chain(document -> publish(document, change));
    }

    /** The model in use for the outcome; empty before the first training or import. */
    public Uni<Optional<Versioned<ConversionModelDocument>>> current(ConversionOutcome outcome) {
        return Panache.withSession(() -> documents.latest(kindOf(outcome)))
                .map(latest -> latest.map(stored -> new Versioned<>(inUse.documentOf(stored), stored.version())));
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
                .invoke(stored -> {
                    inUse.forget();
                    LOG.infof("%s version %d in use (%d features)", whatOf(outcome), stored.version(),
                            document.features().size());
                })
                .map(stored -> new Versioned<>(document, stored.version()));
    }

    private record Read(List<Labelled> labelled, Instant from, Instant to) {
    }

    private static Read labelled(ConversionOutcome outcome, List<JudgedLeads.Judged> judged) {
        List<Labelled> labelled = new ArrayList<>();
        List<Instant> moments = new ArrayList<>();
        for (JudgedLeads.Judged lead : judged) {
            Integer label = lead.label(outcome);
            if (label != null) {
                labelled.add(new Labelled(lead.signals(), label));
                moments.add(lead.lead().mqlAt());
            }
        }
        return new Read(labelled, moments.stream().min(Comparator.naturalOrder()).orElse(null),
                moments.stream().max(Comparator.naturalOrder()).orElse(null));
    }

    /**
     * The scoring rules whose points disagree most with what sales did with the leads they scored: suggestions to
     * try in a backtest or in shadow, never applied.
     */
    public Uni<Suggestions> suggestions(ConversionOutcome outcome) {
        return judgedLeads.read(maxLeads).map(judged -> {
            List<RuleSuggestions.JudgedScore> scores = new ArrayList<>();
            for (JudgedLeads.Judged lead : judged) {
                Integer label = lead.label(outcome);
                if (label != null) {
                    scores.add(new RuleSuggestions.JudgedScore(lead.card().score().breakdown(), label == 1));
                }
            }
            return new Suggestions(outcome.wire(), scores.size(),
                    scores.stream().filter(RuleSuggestions.JudgedScore::outcome).count(),
                    RuleSuggestions.suggest(scores, outcome.wire(), minLeadsPerRule));
        });
    }

    /**
     * The model in use against what happened, per channel, campaign and grade (at the MQL moment), over every judged
     * lead: training leads included, so this shows where segments stand, while the document's hold-out metrics say
     * how good the model is. Empty before the first model.
     */
    public Uni<Optional<Segments>> segments(ConversionOutcome outcome) {
        return current(outcome).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<Segments>empty());
            }
            ConversionModel model = found.get().value().toDomain();
            return judgedLeads.read(maxLeads).map(judged -> {
                List<SegmentCalibration.Judged> lines = new ArrayList<>();
                for (JudgedLeads.Judged lead : judged) {
                    Integer label = lead.label(outcome);
                    if (label != null) {
                        lines.add(new SegmentCalibration.Judged(Map.of(
                                "channel", lead.lead().channel().wire(),
                                "campaign", lead.signals().categories().get("campaign"),
                                "grade", lead.card().grade().name()),
                                model.probability(lead.signals()), label == 1));
                    }
                }
                return Optional.of(new Segments(outcome.wire(), found.get().version(), lines.size(),
                        SegmentCalibration.of(lines)));
            });
        });
    }

    /** Predicted against actual per segment, under the model version named. */
    public record Segments(String outcome, int modelVersion, int judgedLeads,
                           Map<String, List<SegmentCalibration.Line>> segments) {
    }

    /**
     * @param judgedLeads  leads with a known outcome, judged at their MQL moment by the scoring model in use
     * @param withOutcome  how many of them had it
     */
    public record Suggestions(String outcome, int judgedLeads, long withOutcome,
                              List<RuleSuggestions.Suggestion> suggestions) {
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
}
