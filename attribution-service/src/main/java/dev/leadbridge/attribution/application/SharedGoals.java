package dev.leadbridge.attribution.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.attribution.domain.goal.Goal;
import dev.leadbridge.attribution.domain.goal.GoalProgress;
import dev.leadbridge.attribution.domain.goal.GoalSet;
import dev.leadbridge.attribution.domain.goal.LeadFacts;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The goals marketing and sales steer by, kept as configuration history (kind {@value #KIND}: every change a new
 * version, never overwritten), and their progress measured on the read model both teams see.
 */
@ApplicationScoped
public class SharedGoals {

    public static final String KIND = "goals";
    public static final String WHAT = "the goals";

    private final ConfigDocuments documents;
    private final ReportQueries queries;
    private final SharedLaunches launches;
    private final ObjectMapper json;
    private final Clock clock;

    SharedGoals(ConfigDocuments documents, ReportQueries queries, SharedLaunches launches, ObjectMapper json,
                Clock clock) {
        this.documents = documents;
        this.queries = queries;
        this.launches = launches;
        this.json = json;
        this.clock = clock;
    }

    /** The goals in force and their version; none, as version 0, before the first are published. */
    @WithSession
    public Uni<Versioned<GoalsDocument>> inForce() {
        return documents.latest(KIND).map(found -> found
                .map(stored -> new Versioned<>(read(stored.document()), stored.version()))
                .orElse(new Versioned<>(new GoalsDocument(List.of()), 0)));
    }

    /**
     * Publishes the goals as the next version; the goals in force sent again publish nothing.
     *
     * @throws dev.leadbridge.platform.validation.InvalidDocumentException naming every problem; nothing is published
     * @throws dev.leadbridge.platform.config.StaleConfigurationException  when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<GoalsDocument>> publish(GoalsDocument goals, ConfigChange change) {
        GoalSet set = goals.toDomain();
        return publishChecked(set, change).map(stored -> new Versioned<>(GoalsDocument.of(set), stored.version()));
    }

    private Uni<StoredDocument> publishChecked(GoalSet set, ConfigChange change) {
        return launches.inForce().chain(known -> {
            InvalidDocumentException.throwIfAny(WHAT, unknownLaunches(set, known.value()));
            return documents.publish(KIND, write(GoalsDocument.of(set)), 1, WHAT, change);
        });
    }

    /** A goal scoped to a launch must name one that exists when the goals are published. */
    private static List<String> unknownLaunches(GoalSet goals, LaunchSet known) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < goals.goals().size(); i++) {
            Goal.Scope scope = goals.goals().get(i).scope();
            if (scope != null && scope.dimension() == Goal.Scope.Dimension.LAUNCH
                    && known.launch(scope.value()).isEmpty()) {
                problems.add("goals[" + i + "].scope.value: no launch has the id '" + scope.value() + "'");
            }
        }
        return problems;
    }

    /** A goal's progress; a goal scoped to a launch counts the launch's leads (none once the launch is gone). */
    private static GoalProgress progressOf(Goal goal, List<LeadFacts> facts, LaunchSet known, Instant at) {
        if (goal.scope() == null || goal.scope().dimension() != Goal.Scope.Dimension.LAUNCH) {
            return GoalProgress.of(goal, facts, at);
        }
        List<LeadFacts> ofLaunch = known.launch(goal.scope().value())
                .map(launch -> LaunchFigures.leadsOf(launch, facts)).orElse(List.of());
        return GoalProgress.of(goal.unscoped(), ofLaunch, at);
    }

    /** An earlier version published again as the next one, validated as any new version is. */
    @WithTransaction
    public Uni<StoredDocument> restore(StoredDocument earlier, ConfigChange change) {
        return publishChecked(read(earlier.document()).toDomain(), change);
    }

    /** Every goal in force with its progress as of {@code asOf} (now when absent). */
    @WithSession
    public Uni<Progress> progress(Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        return inForce().chain(goals -> launches.inForce().chain(known -> queries.leadFacts().map(facts ->
                new Progress(goals.version(), at, domainOf(goals).goals().stream().map(goal ->
                        new GoalStanding(goal, progressOf(goal, facts, known.value(), at))).toList()))));
    }

    /**
     * The weekly check-in: every goal whose period overlaps the week starting {@code week} (UTC), as it stood at the
     * end of that week (so far, in the current week) beside how it stood when the week began.
     */
    @WithSession
    public Uni<CheckIn> checkIn(LocalDate week) {
        Instant from = week.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = week.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        // measured at the week's end: nothing has happened after now, so the current week shows its figures so far
        Instant asOf = to;
        return inForce().chain(goals -> launches.inForce().chain(known -> queries.leadFacts().map(facts -> {
            List<CheckInLine> lines = new ArrayList<>();
            for (Goal goal : domainOf(goals).goals()) {
                if (goal.period().window().from().isBefore(to) && goal.period().window().to().isAfter(from)) {
                    GoalProgress before = progressOf(goal, facts, known.value(), from);
                    GoalProgress after = progressOf(goal, facts, known.value(), asOf);
                    lines.add(new CheckInLine(goal, after, before.actual(), before.status(),
                            after.actual() == null || before.actual() == null ? null
                                    : after.actual().subtract(before.actual())));
                }
            }
            return new CheckIn(goals.version(), week, asOf, lines);
        })));
    }

    /** The goals of one version and where each stands. */
    public record Progress(int goalsVersion, Instant asOf, List<GoalStanding> goals) {
    }

    public record GoalStanding(Goal goal, GoalProgress progress) {
    }

    /**
     * One goal at the check-in: where it stands, where it stood when the week began, and what the week changed.
     *
     * @param change the figure now minus the figure at the start of the week; for a rate or duration, the move
     */
    public record CheckInLine(Goal goal, GoalProgress progress, BigDecimal actualAtWeekStart,
                              GoalProgress.Status statusAtWeekStart, BigDecimal change) {
    }

    public record CheckIn(int goalsVersion, LocalDate week, Instant asOf, List<CheckInLine> goals) {
    }

    private static GoalSet domainOf(Versioned<GoalsDocument> goals) {
        return goals.value().toDomain();
    }

    private GoalsDocument read(String document) {
        try {
            return json.readValue(document, GoalsDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(GoalsDocument goals) {
        try {
            return json.writeValueAsString(goals);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
