package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.GoalsDocument;
import dev.leadbridge.attribution.application.SharedGoals;
import dev.leadbridge.attribution.domain.goal.Goal;
import dev.leadbridge.attribution.domain.goal.GoalProgress;
import dev.leadbridge.attribution.domain.goal.GoalSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The goals' progress and the weekly check-in as the API shows them. */
final class GoalViews {

    private GoalViews() {
    }

    /** Every goal of a version with where it stands. */
    record ProgressView(int goalsVersion, Instant asOf, List<GoalView> goals) {

        static ProgressView of(SharedGoals.Progress progress) {
            return new ProgressView(progress.goalsVersion(), progress.asOf(), progress.goals().stream()
                    .map(standing -> GoalView.of(standing.goal(), standing.progress())).toList());
        }
    }

    /**
     * A goal and its progress.
     *
     * @param periodEnd the first day after the period
     */
    record GoalView(GoalsDocument.GoalEntry goal, LocalDate periodEnd, ProgressFigures progress) {

        static GoalView of(Goal goal, GoalProgress progress) {
            GoalsDocument.GoalEntry entry = GoalsDocument.of(new GoalSet(
                    List.of(goal))).goals().get(0);
            return new GoalView(entry, goal.period().end(), ProgressFigures.of(progress));
        }
    }

    record ProgressFigures(
            @Schema(description = "the figure so far: a count, an amount, a share (0 to 1) or seconds; absent "
                    + "without data") BigDecimal actual,
            BigDecimal target,
            @Schema(description = "actual ⁄ target × 100; for a duration, under 100 is better") BigDecimal
                    percentOfTarget,
            @Schema(description = "counts and amounts: the share of the target due by now (the share of the period"
                    + " gone)") BigDecimal expectedByNow,
            @Schema(enumeration = {"on_track", "at_risk", "off_track", "no_data"}) String status,
            @Schema(description = "each week's figure so far, oldest first") List<GoalProgress.Week> trend) {

        static ProgressFigures of(GoalProgress progress) {
            return new ProgressFigures(progress.actual(), progress.target(), progress.percentOfTarget(),
                    progress.expectedByNow(), wire(progress.status()), progress.trend());
        }
    }

    /** The weekly check-in. */
    record CheckInView(int goalsVersion, LocalDate week, Instant asOf, List<CheckInLineView> goals) {

        static CheckInView of(SharedGoals.CheckIn checkIn) {
            return new CheckInView(checkIn.goalsVersion(), checkIn.week(), checkIn.asOf(), checkIn.goals().stream()
                    .map(line -> new CheckInLineView(GoalView.of(line.goal(), line.progress()),
                            line.actualAtWeekStart(), wire(line.statusAtWeekStart()), line.change()))
                    .toList());
        }
    }

    /**
     * A goal at the check-in.
     *
     * @param change the figure now minus the figure when the week began
     */
    record CheckInLineView(GoalView goal, BigDecimal actualAtWeekStart, String statusAtWeekStart,
                           BigDecimal change) {
    }

    private static String wire(GoalProgress.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
