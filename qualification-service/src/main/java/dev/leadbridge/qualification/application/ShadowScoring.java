package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.ModelComparison;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.ShadowScores;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A draft scoring model in shadow: every lead scored live is also scored under it, and both are stored, never acted
 * on, until marketing takes it out of shadow. Which draft is in shadow is configuration with its history (kind
 * {@value #KIND}), so each shadow score names the version it was scored under. Live scoring re-reads the shadow at
 * most once a {@link #RECHECK}: a draft put in shadow on another replica is picked up within it.
 */
@ApplicationScoped
public class ShadowScoring {

    public static final String KIND = "scoring-model-shadow";
    public static final String WHAT = "the model in shadow";
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final ConfigDocuments documents;
    private final ShadowScores scores;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Checked checked = new Checked(Optional.empty(), Instant.MIN);

    ShadowScoring(ConfigDocuments documents, ShadowScores scores, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.scores = scores;
        this.json = json;
        this.clock = clock;
    }

    /** A draft in shadow since it was published as this version. */
    public record Shadow(int version, ScoringModel model, Scorer scorer, String publishedBy, Instant since) {
    }

    /** The stored document: the draft, or none when marketing took it out of shadow. */
    record ShadowDocument(ScoringModelDocument model) {
    }

    private record Checked(Optional<Shadow> shadow, Instant at) {
    }

    /** What a shadow report says, and about which version. */
    public record Report(int shadowVersion, Instant since, ModelComparison.Report report) {
    }

    @WithSession
    public Uni<Optional<Shadow>> inShadow() {
        return read();
    }

    /**
     * Puts the draft in shadow from now on, as the shadow's next version; the draft in shadow sent again changes
     * nothing.
     *
     * @throws InvalidDocumentException listing every problem of the draft; nothing changes then
     */
    @WithTransaction
    public Uni<Shadow> put(ScoringModel draft, ConfigChange change) {
        InvalidDocumentException.throwIfAny("the draft model", ScoringModels.problemsOf(draft));
        return documents.publish(KIND, write(new ShadowDocument(ScoringModelDocument.of(draft.withVersion(0)))),
                ScoringModelDocument.VERSION, WHAT, change).map(stored -> {
                    Shadow shadow = shadowOf(stored).orElseThrow();
                    checked = new Checked(Optional.of(shadow), clock.instant());
                    return shadow;
                });
    }

    /** Takes the draft out of shadow; without one in shadow nothing is written. */
    @WithTransaction
    public Uni<Void> stop(ConfigChange change) {
        return read().chain(shadow -> shadow.isEmpty() ? Uni.createFrom().voidItem()
                : documents.publish(KIND, write(new ShadowDocument(null)), ScoringModelDocument.VERSION, WHAT,
                        change).invoke(() -> checked = new Checked(Optional.empty(), clock.instant())).replaceWithVoid());
    }

    /** The comparison of the model in use and the version in shadow (the latest put in shadow by default). */
    @WithSession
    public Uni<Optional<Report>> report(Optional<Integer> version) {
        Uni<Optional<StoredDocument>> chosen = version.isPresent() ? documents.version(KIND, version.get())
                : documents.history(KIND).map(all -> all.stream()
                .filter(stored -> shadowOf(stored).isPresent()).findFirst());
        return chosen.chain(found -> {
            Optional<Shadow> shadow = found.flatMap(this::shadowOf);
            if (shadow.isEmpty()) {
                return Uni.createFrom().item(Optional.<Report>empty());
            }
            return scores.compare(shadow.get().version())
                    .map(report -> Optional.of(new Report(shadow.get().version(), shadow.get().since(), report)));
        });
    }

    /**
     * Scores the lead under the draft in shadow, if there is one, beside its live score just taken, and stores both;
     * call inside the live scoring's transaction, after the lead decided.
     */
    Uni<Void> scoreBeside(Lead lead, Scorecard live, LeadProfile profile, List<EngagementEvent> engagement,
                          Instant at) {
        return current().chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Shadow shadow = found.get();
            Scorecard card = shadow.scorer().score(profile, engagement, at);
            return scores.record(shadow.version(), lead.id(), live.modelVersion(),
                    new ModelComparison.Judgement(live.total(), live.grade(), lead.qualifiedThisCycle()),
                    new ModelComparison.Judgement(card.total(), card.grade(),
                            lead.wouldQualify(card, shadow.model().mql(), engagement)), at);
        });
    }

    /** The shadow as last checked, checked again when that was more than {@link #RECHECK} ago. */
    private Uni<Optional<Shadow>> current() {
        Checked last = checked;
        Instant now = clock.instant();
        if (Duration.between(last.at(), now).compareTo(RECHECK) < 0) {
            return Uni.createFrom().item(last.shadow());
        }
        return read().invoke(shadow -> checked = new Checked(shadow, now));
    }

    private Uni<Optional<Shadow>> read() {
        return documents.latest(KIND).map(latest -> latest.flatMap(this::shadowOf));
    }

    private Optional<Shadow> shadowOf(StoredDocument stored) {
        try {
            ShadowDocument document = json.readValue(stored.document(), ShadowDocument.class);
            if (document.model() == null) {
                return Optional.empty();
            }
            ScoringModel model = document.model().toDomain().withVersion(Math.max(1, stored.version()));
            return Optional.of(new Shadow(stored.version(), model, Scorer.forModel(model), stored.publishedBy(),
                    stored.publishedAt()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ShadowDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
