package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.jboss.logging.Logger;

/**
 * The versioned scoring model: the newest published version is in use, the built-in default (version 1) until
 * marketing publishes its own. A model is published only if it validates; every later score names its version.
 */
@ApplicationScoped
public class ScoringModels {

    private static final Logger LOG = Logger.getLogger(ScoringModels.class);

    private final ScoringModelRepository models;
    private final ObjectMapper json;
    private final Clock clock;

    ScoringModels(ScoringModelRepository models, ObjectMapper json, Clock clock) {
        this.models = models;
        this.json = json;
        this.clock = clock;
    }

    /** Thrown when a model does not validate; nothing was published. */
    public static class InvalidModelException extends RuntimeException {

        private final transient List<String> problems;

        InvalidModelException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The model in use; call inside a session. */
    public Uni<ScoringModel> current() {
        return models.latest().map(latest -> latest == null ? ScoringModel.defaultModel() : read(latest.document));
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
                return Uni.createFrom().failure(new InvalidModelException(problems));
            }
            ScoringModelEntity entity = new ScoringModelEntity();
            entity.version = next.version();
            entity.document = write(next);
            entity.publishedBy = publishedBy;
            entity.publishedAt = clock.instant();
            return models.persistAndFlush(entity)
                    .invoke(() -> LOG.infof("Scoring model version %d published by %s", next.version(), publishedBy))
                    .replaceWith(next);
        });
    }

    /** The problems of a draft, checked as the next version would be. */
    public static List<String> problemsOf(ScoringModel draft) {
        return draft.withVersion(Math.max(1, draft.version())).validate();
    }

    private ScoringModel read(String document) {
        try {
            return json.readValue(document, ScoringModel.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ScoringModel model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
