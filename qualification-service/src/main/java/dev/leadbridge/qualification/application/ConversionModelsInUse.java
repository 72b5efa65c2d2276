package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.ConversionPredictors;
import dev.leadbridge.qualification.domain.learning.ConversionPredictors.InUse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The conversion models every lead scored is predicted with. Scoring is the hot path, so the models are read at most
 * once a {@link #RECHECK} (a model published on another replica is picked up within it; one published here at once)
 * and a stored document is parsed only when it is not the one last read.
 */
@ApplicationScoped
public class ConversionModelsInUse {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final ConfigDocuments documents;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Checked checked = Checked.NEVER;

    /** The stored documents last read (null for none) and what they predict. */
    private record Checked(StoredDocument accept, StoredDocument win, ConversionPredictors predictors, Instant at) {

        static final Checked NEVER = new Checked(null, null, ConversionPredictors.NONE, Instant.MIN);
    }

    ConversionModelsInUse(ConfigDocuments documents, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /** The models in use as last read, read again when that was more than {@link #RECHECK} ago; call in a session. */
    public Uni<ConversionPredictors> predictors() {
        Checked last = checked;
        Instant now = clock.instant();
        if (Duration.between(last.at(), now).compareTo(RECHECK) < 0) {
            return Uni.createFrom().item(last.predictors());
        }
        return latest(ConversionOutcome.ACCEPTED).chain(accept -> latest(ConversionOutcome.WON).map(win -> {
            Checked read = new Checked(accept, win, new ConversionPredictors(
                    inUse(accept, last.accept(), last.predictors().accept()),
                    inUse(win, last.win(), last.predictors().win())), now);
            checked = read;
            return read.predictors();
        }));
    }

    /** A model was published here: the next prediction reads the models again. */
    void forget() {
        checked = Checked.NEVER;
    }

    /** The stored model document as written. */
    ConversionModelDocument documentOf(StoredDocument stored) {
        try {
            return json.readValue(stored.document(), ConversionModelDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Uni<StoredDocument> latest(ConversionOutcome outcome) {
        return documents.latest(ConversionModels.kindOf(outcome)).map(found -> found.orElse(null));
    }

    /** The model of the stored document, parsed again only if it is not the document read last time. */
    private InUse inUse(StoredDocument stored, StoredDocument previous, InUse parsed) {
        if (stored == null) {
            return null;
        }
        if (previous != null && parsed != null && previous.version() == stored.version()
                && previous.document().equals(stored.document())) {
            return parsed;
        }
        return new InUse(stored.version(), documentOf(stored).toDomain());
    }
}
