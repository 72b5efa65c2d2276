package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.routing.Rep;
import dev.leadbridge.qualification.domain.routing.Roster;
import dev.leadbridge.qualification.domain.routing.RoutingReplay;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.PastDecision;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.Rules;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.domain.routing.RoutingVersions;
import dev.leadbridge.qualification.persistence.RoutingHistory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays a past period's routing decisions under a draft routing table, a draft roster or both
 * ({@link RoutingReplay}), without writing anything or publishing an event. The part not drafted is what really
 * decided: each decision is replayed under the table or roster version the assignment log names for it (the version in
 * force for decisions older than the history).
 */
@ApplicationScoped
public class RoutingWhatIf {

    private static final Logger LOG = Logger.getLogger(RoutingWhatIf.class);
    private static final Comparator<RoutingVersions> BY_VERSION =
            Comparator.comparingInt(RoutingVersions::table).thenComparingInt(RoutingVersions::roster);
    /** Decisions read at a time. */
    public static final int PAGE = 5_000;

    private final RoutingHistory history;
    private final RoutingConfiguration configuration;
    private final ConfigDocuments documents;
    private final Duration acceptedCountsFor;
    private final int maxDecisions;

    RoutingWhatIf(RoutingHistory history, RoutingConfiguration configuration, ConfigDocuments documents,
                  @ConfigProperty(name = "leadbridge.qualification.routing.capacity.accepted-counts-for")
                  Duration acceptedCountsFor,
                  @ConfigProperty(name = "leadbridge.qualification.routing-what-if.max-decisions") int maxDecisions) {
        this.history = history;
        this.configuration = configuration;
        this.documents = documents;
        this.acceptedCountsFor = acceptedCountsFor;
        this.maxDecisions = maxDecisions;
    }

    /** A draft table, a draft roster, or both; what is null is taken from what really decided. */
    public record Draft(RoutingTable table, List<Rep> reps) {
    }

    /**
     * The replay's report.
     *
     * @param decidedUnder the table and roster versions the period's decisions were really taken under
     * @param truncated    the period held more decisions than the configured maximum; the first were replayed
     */
    public record Result(Instant from, Instant to, boolean draftTable, boolean draftRoster,
                         List<RoutingVersions> decidedUnder, boolean truncated, RoutingReplay.Report report) {
    }

    /**
     * @throws InvalidDocumentException if a draft part does not validate
     */
    public Uni<Result> run(Draft draft, Instant from, Instant to) {
        if (draft.table() != null) {
            InvalidDocumentException.throwIfAny("the draft routing table", draft.table().validate());
        }
        if (draft.reps() != null) {
            InvalidDocumentException.throwIfAny("the draft roster", new Roster(draft.reps(), Map.of()).validate());
        }
        return history.heldAt(from, acceptedCountsFor).chain(held -> decisions(from, to)
                .chain(read -> rulesThen(read.decisions())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(then -> {
                            Map<RoutingVersions, Rules> drafted = drafted(draft, then);
                            RoutingReplay.Report report = RoutingReplay.replay(held, read.decisions(),
                                    decision -> then.get(decision.versions()),
                                    decision -> drafted.get(decision.versions()));
                            return new Result(from, to, draft.table() != null, draft.reps() != null,
                                    List.copyOf(then.keySet()), read.truncated(), report);
                        })));
    }

    /** The rules of each version with the draft's parts in place of the real ones. */
    private static Map<RoutingVersions, Rules> drafted(Draft draft, Map<RoutingVersions, Rules> then) {
        Map<RoutingVersions, Rules> drafted = new HashMap<>();
        then.forEach((versions, rules) -> drafted.put(versions, new Rules(
                draft.table() == null ? rules.table() : draft.table(),
                draft.reps() == null ? rules.reps() : draft.reps())));
        return drafted;
    }

    /** The rules each version pair of the decisions names, in version order. */
    private Uni<Map<RoutingVersions, Rules>> rulesThen(List<PastDecision> decisions) {
        TreeSet<RoutingVersions> versions = new TreeSet<>(BY_VERSION);
        decisions.forEach(decision -> versions.add(decision.versions()));
        if (versions.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> configuration.table().chain(tableNow -> configuration.reps()
                .chain(repsNow -> Multi.createFrom().iterable(versions)
                        .onItem().transformToUniAndConcatenate(version -> tableAt(version.table(), tableNow.value())
                                .chain(table -> repsAt(version.roster(), repsNow.value())
                                        .map(reps -> Map.entry(version, new Rules(table, reps)))))
                        .collect().in(() -> new TreeMap<RoutingVersions, Rules>(BY_VERSION),
                                (map, entry) -> map.put(entry.getKey(), entry.getValue())))));
    }

    /** A stored table version; the table in force for decisions taken before the history was kept. */
    private Uni<RoutingTable> tableAt(int version, RoutingTable inForce) {
        if (version <= 0) {
            return Uni.createFrom().item(inForce);
        }
        return documents.version(RoutingConfiguration.TABLE_KIND, version)
                .map(stored -> stored.map(configuration::tableOf).orElse(inForce));
    }

    private Uni<List<Rep>> repsAt(int version, List<Rep> inForce) {
        if (version <= 0) {
            return Uni.createFrom().item(inForce);
        }
        return documents.version(RoutingConfiguration.ROSTER_KIND, version)
                .map(stored -> stored.map(configuration::repsOf).orElse(inForce));
    }

    private record Read(List<PastDecision> decisions, boolean truncated) {
    }

    private Uni<Read> decisions(Instant from, Instant to) {
        List<PastDecision> read = new ArrayList<>();
        return next(read, from, to, Optional.empty()).map(truncated -> {
            if (truncated) {
                LOG.warnf("Routing what-if stopped at %d decisions (leadbridge.qualification.routing-what-if"
                        + ".max-decisions)", read.size());
            }
            return new Read(read, truncated);
        });
    }

    private Uni<Boolean> next(List<PastDecision> read, Instant from, Instant to,
                              Optional<RoutingHistory.Cursor> after) {
        int size = Math.min(PAGE, maxDecisions - read.size());
        return history.decisions(from, to, after, size, acceptedCountsFor).chain(page -> {
            read.addAll(page.decisions());
            if (page.next().isEmpty()) {
                return Uni.createFrom().item(false);
            }
            return read.size() >= maxDecisions ? Uni.createFrom().item(true) : next(read, from, to, page.next());
        });
    }
}
