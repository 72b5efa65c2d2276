package dev.leadbridge.attribution.domain.kpi;

/**
 * One funnel stage: how many cohort leads got at least this far, and how long those that moved on spent here.
 *
 * @param timeInStage empty for {@link FunnelStage#WON}, which has no next stage
 */
public record StageFigures(FunnelStage stage, long leads, DurationStats timeInStage) {
}
