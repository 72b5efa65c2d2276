package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The versioned scoring model, kept as configuration history (kind {@value #KIND}): the newest published version is
 * in use, the built-in default (version 1) until marketing publishes its own. The default enters the history as
 * version 1 with the first publish, so it can be compared with and rolled back to like any other. A model is
 * published only if it validates; every later score names its version.
 */
@ApplicationScoped
public class ScoringModels {

    public static final String KIND = "scoring-model";
    public static final String WHAT = "the scoring model";
    private static final Logger LOG = Logger.getLogger(ScoringModels.class);
    private static final String SYSTEM = "leadbridge";

    /** The default model's scorer: the default is one constant, validated once for all. */
    private static final Scorer DEFAULT_SCORER = Scorer.forModel(ScoringModel.defaultModel());

    private final ConfigDocuments documents;
    private final ObjectMapper json;
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

    ScoringModels(ConfigDocuments documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** The model in use; call inside a session. */
    public Uni<ScoringModel> current() {
        return documents.latest(KIND).map(latest -> latest.map(this::modelOf).orElse(ScoringModel.defaultModel()));
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

    @WithSession
    public Uni<ScoringModel> inUse() {
        return current();
    }

    /**
     * Publishes the draft as the next version (the version in the draft is ignored); the model in use sent again
     * publishes nothing and answers its version.
     *
     * @throws InvalidDocumentException listing every problem of the draft; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when the change was based on a version no
     *                                                                     longer in use
     */
    @WithTransaction
    public Uni<ScoringModel> publish(ScoringModel draft, ConfigChange change) {
        return publishDocument(draft, change).map(this::read);
    }

    /** An earlier version published again as the next one. */
    @WithTransaction
    public Uni<StoredDocument> restore(StoredDocument earlier, ConfigChange change) {
        return publishDocument(read(earlier), change);
    }

    private Uni<StoredDocument> publishDocument(ScoringModel draft, ConfigChange change) {
        InvalidDocumentException.throwIfAny(WHAT, problemsOf(draft));
        return defaultRecorded().chain(() -> documents.publish(KIND, write(draft), ScoringModelDocument.VERSION,
                WHAT, change));
    }

    /**
     * The built-in default stored as version 1 before the first model of marketing's own: two first publishes at once
     * both find nothing here, and the store's lock and its repeat rule make the second default a no-op.
     */
    private Uni<Void> defaultRecorded() {
        return documents.latest(KIND).chain(latest -> latest.isPresent() ? Uni.createFrom().voidItem()
                : documents.publish(KIND, write(ScoringModel.defaultModel()), ScoringModelDocument.VERSION, WHAT,
                        new ConfigChange(SYSTEM, "the built-in default model", Set.of())).replaceWithVoid());
    }

    /** The problems of a draft, checked as the next version would be. */
    public static List<String> problemsOf(ScoringModel draft) {
        return draft.withVersion(Math.max(1, draft.version())).validate();
    }

    private ScoringModel modelOf(StoredDocument latest) {
        PublishedModel published = lastRead;
        if (published != null && published.version() == latest.version()
                && published.document().equals(latest.document())) {
            return published.model();
        }
        ScoringModel model = read(latest);
        try {
            lastRead = new PublishedModel(latest.version(), latest.document(), model, Scorer.forModel(model));
        } catch (InvalidDocumentException e) {
            // not remembered: scoring under it fails as it always did, in scorerFor
            LOG.warnf("Scoring model version %d does not validate: %s", latest.version(), e.getMessage());
        }
        return model;
    }

    /** A stored model, with the version it was published as; only a document version this code knows is read. */
    private ScoringModel read(StoredDocument stored) {
        if (stored.documentVersion() != ScoringModelDocument.VERSION) {
            throw new IllegalStateException("scoring model version " + stored.version() + " is stored as document "
                    + "version " + stored.documentVersion() + "; this service reads version "
                    + ScoringModelDocument.VERSION);
        }
        try {
            return json.readValue(stored.document(), ScoringModelDocument.class).toDomain()
                    .withVersion(stored.version());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model as stored: without a version of its own, so the model in use sent again is the same text. */
    private String write(ScoringModel model) {
        try {
            return json.writeValueAsString(ScoringModelDocument.of(model.withVersion(0)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
