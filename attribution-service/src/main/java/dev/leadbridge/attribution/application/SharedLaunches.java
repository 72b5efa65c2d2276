package dev.leadbridge.attribution.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.attribution.domain.launch.Launch;
import dev.leadbridge.attribution.domain.launch.LaunchFigures;
import dev.leadbridge.attribution.domain.launch.LaunchSet;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Product launches, kept as configuration history (kind {@value #KIND}), and each launch's report from campaign to
 * sales beside the launch before it.
 */
@ApplicationScoped
public class SharedLaunches {

    public static final String KIND = "launches";
    public static final String WHAT = "the launches";

    private final ConfigDocuments documents;
    private final ReportQueries queries;
    private final ObjectMapper json;
    private final Clock clock;

    SharedLaunches(ConfigDocuments documents, ReportQueries queries, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    /** The launches in force and their version; none, as version 0, before the first are published. */
    @WithSession
    public Uni<Versioned<LaunchSet>> inForce() {
        return documents.latest(KIND).map(found -> found
                .map(stored -> new Versioned<>(read(stored.document()), stored.version()))
                .orElse(new Versioned<>(new LaunchSet(List.of()), 0)));
    }

    /**
     * Publishes the launches as the next version; the launches in force sent again publish nothing.
     *
     * @throws InvalidDocumentException naming every problem; nothing is published then
     */
    @WithTransaction
    public Uni<Versioned<LaunchSet>> publish(LaunchSet launches, ConfigChange change) {
        InvalidDocumentException.throwIfAny(WHAT, launches.validate());
        return documents.publish(KIND, write(launches), 1, WHAT, change)
                .map(stored -> new Versioned<>(launches, stored.version()));
    }

    @WithTransaction
    public Uni<StoredDocument> restore(StoredDocument earlier, ConfigChange change) {
        LaunchSet launches = read(earlier.document());
        InvalidDocumentException.throwIfAny(WHAT, launches.validate());
        return documents.publish(KIND, write(launches), 1, WHAT, change);
    }

    /** The launch's figures as of {@code asOf} (now when absent) beside the launch before it; empty if unknown. */
    @WithSession
    public Uni<Optional<Report>> report(String launchId, Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        return inForce().chain(launches -> {
            Optional<Launch> launch = launches.value().launch(launchId);
            if (launch.isEmpty()) {
                return Uni.createFrom().item(Optional.<Report>empty());
            }
            Optional<Launch> previous = launches.value().previous(launch.get());
            return queries.leadFacts().map(facts -> Optional.of(new Report(launches.version(), at,
                    new Figures(launch.get(), LaunchFigures.of(launch.get(), facts, at)),
                    previous.map(before -> new Figures(before, LaunchFigures.of(before, facts, at))).orElse(null))));
        });
    }

    /** A launch and its figures. */
    public record Figures(Launch launch, LaunchFigures figures) {
    }

    /**
     * A launch's report.
     *
     * @param previous the launch before it, measured the same way; null for the first launch
     */
    public record Report(int launchesVersion, Instant asOf, Figures launch, Figures previous) {
    }

    private LaunchSet read(String document) {
        try {
            return json.readValue(document, LaunchSet.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(LaunchSet launches) {
        try {
            return json.writeValueAsString(launches);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
