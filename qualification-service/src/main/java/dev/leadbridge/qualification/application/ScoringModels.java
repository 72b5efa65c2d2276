package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.scoring.ModelPublishedMeanwhileException;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.ScoringModelEntity;
import dev.leadbridge.qualification.persistence.ScoringModelRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The versioned scoring model: the newest published version is in use, the built-in default (version 1) until
 * marketing publishes its own. A model is published only if it validates; every later score names its version.
 */
@ApplicationScoped
public class ScoringModels {

    private static final Logger LOG = Logger.getLogger(ScoringModels.class);

    /** The default model's scorer: the default is one constant, validated once for all. */
    private static final Scorer DEFAULT_SCORER = Scorer.forModel(ScoringModel.defaultModel());

    private final ScoringModelRepository models;
    private final ObjectMapper json;
    private final Clock clock;
    /**
     * The newest published version last read, parsed and validated: every re-score reads the model, and parsing its
     * document and validating the model again for every lead cost more than scoring it (validation alone halved the
     * scoring benchmark's throughput). Each read still asks the database for the newest version, so a version
     * published on another replica is picked up at once; the document is compared as well as the version, so a
     * database whose models were replaced (restored, or reset between tests) is never answered from a stale copy.
     */
    private volatile PublishedModel lastRead;

    /** A published version as stored, with its model parsed and its scorer validated. */
    private record PublishedModel(int version, String document, ScoringModel model, Scorer scorer) {
    }

    ScoringModels(ScoringModelRepository models, ObjectMapper json, Clock clock) {
        this.models = models;
        this.json = json;
        this.clock = clock;
    }

    /** The model in use; call inside a session. */
    public Uni<ScoringModel> current() {
        return models.latest().map(latest -> latest == null ? ScoringModel.defaultModel() : modelOf(latest));
    }

    /**
     * The scorer of a model {@link #current()} returned, validated once per published version rather than per lead;
     * any other model is validated now.
     *
     * @throws InvalidDocumentException if the model does not validate
     */
    public Scorer scorerFor(ScoringModel model) {
        if (model == ScoringModel.defaultModel()) {
            return DEFAULT_SCORER;
        }
        PublishedModel published = lastRead;
        return published != null && published.model() == model ? published.scorer() : Scorer.forModel(model);
    }

    private ScoringModel modelOf(ScoringModelEntity latest) {
        PublishedModel published = lastRead;
        if (published != null && published.version() == latest.version
                && published.document().equals(latest.document)) {
            return published.model();
        }
        ScoringModel model = read(latest);
        try {
            lastRead = new PublishedModel(latest.version, latest.document, model, Scorer.forModel(model));
        } catch (InvalidDocumentException e) {
            // not remembered: scoring under it fails as it always did, in scorerFor
            LOG.warnf("Scoring model version %d does not validate: %s", latest.version, e.getMessage());
        }
        return model;
    }

    @WithSession
    public Uni<ScoringModel> inUse() {
        return current();
    }

    /**
     * Publishes the draft as the next version; the version in the draft is ignored. Two publishes at once cannot both
     * take the same version: the second fails on the primary key and nothing of it is stored.
     */
    @WithTransaction
    public Uni<ScoringModel> publish(ScoringModel draft, String publishedBy) {
        return current().chain(inUse -> {
            ScoringModel next = draft.withVersion(inUse.version() + 1);
            List<String> problems = next.validate();
            if (!problems.isEmpty()) {
                return Uni.createFrom().failure(new InvalidDocumentException("the scoring model", problems));
            }
            ScoringModelEntity entity = new ScoringModelEntity();
            entity.version = next.version();
            entity.document = write(next);
            entity.documentVersion = ScoringModelDocument.VERSION;
            entity.publishedBy = publishedBy;
            entity.publishedAt = clock.instant();
            return models.persistAndFlush(entity)
                    .invoke(() -> LOG.infof("Scoring model version %d published by %s", next.version(), publishedBy))
                    .replaceWith(next);
        }).onFailure(ScoringModels::isConstraintViolation).transform(taken -> new ModelPublishedMeanwhileException());
    }

    /** The version's primary key was taken by a publish that committed first. */
    private static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The problems of a draft, checked as the next version would be. */
    public static List<String> problemsOf(ScoringModel draft) {
        return draft.withVersion(Math.max(1, draft.version())).validate();
    }

    /** A stored model; only a document version this code knows is read. */
    private ScoringModel read(ScoringModelEntity stored) {
        if (stored.documentVersion != ScoringModelDocument.VERSION) {
            throw new IllegalStateException("scoring model version " + stored.version + " is stored as document "
                    + "version " + stored.documentVersion + "; this service reads version " + ScoringModelDocument.VERSION);
        }
        try {
            return json.readValue(stored.document, ScoringModelDocument.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ScoringModel model) {
        try {
            return json.writeValueAsString(ScoringModelDocument.of(model));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
